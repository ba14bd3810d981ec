import type { CreateLetterInput, Letter, LetterActionInput, LetterIdentity, LetterKind } from "@dangvu/contract";
import { Alert, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { displayDateFormat, optionalIso, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useMe } from "../auth/auth.api";
import { unitsWithPermission } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { sharedRoles } from "./case-form";
import { useCreateLetter, useLetterAction } from "./inspection.api";
import { filedWithoutAction } from "./inspection.model";
import { SubjectFields, type SubjectValue, toSubjectInputs, useTreeIndex } from "./subject-fields";

export type LetterAction = LetterActionInput["action"];

export const letterKinds: LetterKind[] = ["denunciation", "complaint", "petition"];
const identities: LetterIdentity[] = ["named", "anonymous", "false_name", "no_address"];

interface ReceiveValues {
  orgUnitId: string;
  receivedOn: Dayjs;
  kind: LetterKind;
  identity: LetterIdentity;
  senderName?: string;
  senderAddress?: string;
  summary: string;
  subjects?: SubjectValue[];
  sharedWithRoles?: string[];
}

/** Says, before saving, that a letter from no one who can be answered is kept without action. */
function IdentityNotice() {
  const { t } = useTranslation();
  const identity: LetterIdentity | undefined = Form.useWatch("identity", Form.useFormInstance());
  if (!filedWithoutAction(identity)) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t("letters.filedWithoutAction")}
      style={{ marginBottom: 16 }}
      data-testid="letter-filed-notice"
    />
  );
}

/** Records a letter received by the inspection committee: kind, who sent it, what it says, whom it concerns. */
export function ReceiveLetterModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreateLetter();
  const navigate = useNavigate();
  const index = useTreeIndex();
  const me = useMe();
  const writable = useMemo(() => unitsWithPermission(me.data, index, "inspection.write"), [me.data, index]);

  async function submit(v: ReceiveValues) {
    const input: CreateLetterInput = {
      orgUnitId: v.orgUnitId,
      receivedOn: toIsoDate(v.receivedOn),
      kind: v.kind,
      identity: v.identity,
      senderName: v.senderName?.trim() || undefined,
      senderAddress: v.senderAddress?.trim() || undefined,
      summary: v.summary,
      subjects: v.subjects?.length ? toSubjectInputs(v.subjects) : undefined,
      sharedWithRoles: v.sharedWithRoles?.length
        ? (v.sharedWithRoles as CreateLetterInput["sharedWithRoles"])
        : undefined,
    };
    const saved = await create.mutateAsync(input);
    void navigate(`/inspection/letters/${saved.id}`);
  }

  return (
    <FormModal<ReceiveValues>
      open
      width={720}
      title={t("letters.receive")}
      okText={t("letters.receive")}
      successMessage={t("letters.received")}
      initialValues={{ receivedOn: dayjs(), kind: "denunciation", identity: "named", subjects: [] }}
      onSubmit={submit}
      onClose={onClose}
      testId="letter-form"
    >
      <Form.Item name="orgUnitId" label={t("letters.receivingUnit")} rules={[required]}>
        <UnitPicker index={index} isDisabled={(n) => !writable.has(n.id)} testId="letter-unit" />
      </Form.Item>
      <Form.Item name="receivedOn" label={t("letters.receivedOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} data-testid="letter-received-on" />
      </Form.Item>
      <Form.Item name="kind" label={t("letters.kind")} rules={[required]}>
        <Select
          data-testid="letter-kind"
          options={letterKinds.map((k) => ({ value: k, label: t(`letters.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="identity" label={t("letters.identity")} rules={[required]}>
        <Select
          data-testid="letter-identity"
          options={identities.map((i) => ({ value: i, label: t(`letters.identities.${i}`) }))}
        />
      </Form.Item>
      <IdentityNotice />
      <Form.Item name="senderName" label={t("letters.senderName")}>
        <Input maxLength={200} data-testid="letter-sender" />
      </Form.Item>
      <Form.Item name="senderAddress" label={t("letters.senderAddress")}>
        <Input maxLength={300} data-testid="letter-address" />
      </Form.Item>
      <Form.Item name="summary" label={t("letters.summary")} rules={[required]}>
        <Input.TextArea rows={4} maxLength={4000} data-testid="letter-summary" />
      </Form.Item>
      <SubjectFields index={index} min={0} />
      <Form.Item name="sharedWithRoles" label={t("inspection.sharedWithRoles")}>
        <Select mode="multiple" options={sharedRoles.map((r) => ({ value: r, label: t(`inspection.roles.${r}`) }))} />
      </Form.Item>
    </FormModal>
  );
}

interface ActionValues {
  on: Dayjs;
  dueOn?: Dayjs;
  forwardedTo?: string;
  result?: string;
  reason?: string;
}

/** Takes, forwards, resolves or files a letter, with what each records. */
export function LetterActionModal({
  item,
  action,
  onClose,
}: {
  item: Letter;
  action: LetterAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const send = useLetterAction(item.id);
  const label = t(`letters.actions.${action}`);

  function submit(v: ActionValues) {
    const base = { version: item.version, on: toIsoDate(v.on) };
    if (action === "take") return send.mutateAsync({ action, ...base, dueOn: optionalIso(v.dueOn) });
    if (action === "forward") return send.mutateAsync({ action, ...base, forwardedTo: v.forwardedTo ?? "" });
    if (action === "resolve") return send.mutateAsync({ action, ...base, result: v.result ?? "" });
    return send.mutateAsync({ action, ...base, reason: v.reason ?? "" });
  }

  return (
    <FormModal<ActionValues>
      open
      title={label}
      okText={label}
      successMessage={t("letters.actionDone", { action: label })}
      initialValues={{ on: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
      testId="letter-action-form"
    >
      <Form.Item
        name="on"
        label={t(action === "resolve" ? "letters.resultOn" : "letters.handledOn")}
        rules={[required]}
      >
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      {action === "take" && (
        <Form.Item name="dueOn" label={t("letters.dueOn")} extra={t("letters.takeDueHint")}>
          <DatePicker format={displayDateFormat} />
        </Form.Item>
      )}
      {action === "forward" && (
        <Form.Item name="forwardedTo" label={t("letters.forwardedTo")} rules={[required]}>
          <Input maxLength={300} />
        </Form.Item>
      )}
      {action === "resolve" && (
        <Form.Item name="result" label={t("letters.result")} rules={[required]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="letter-result" />
        </Form.Item>
      )}
      {action === "file" && (
        <Form.Item name="reason" label={t("letters.filedReason")} rules={[required]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
    </FormModal>
  );
}
