import type { CaseKind, CreateCaseInput, InspectingBody, InspectionCase } from "@dangvu/contract";
import { DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { displayDateFormat, optionalIso, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useMe } from "../auth/auth.api";
import { unitsWithPermission } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useCaseFromLetter, useCreateCase } from "./inspection.api";
import { SubjectFields, type SubjectValue, toSubjectInputs, useTreeIndex } from "./subject-fields";

export const caseKinds = [
  "inspection_regular",
  "inspection_suspected",
  "inspection_duties",
  "inspection_enforcement",
  "inspection_finance",
  "supervision_regular",
  "supervision_thematic",
] as const satisfies readonly CaseKind[];

export const bodies = [
  "inspection_committee",
  "standing_committee",
  "committee",
  "cell",
] as const satisfies readonly InspectingBody[];

export const sharedRoles = ["admin", "grassroots_staff", "cell_secretary"] as const;

export interface CaseValues {
  orgUnitId?: string;
  body: InspectingBody;
  kind: CaseKind;
  title: string;
  content?: string;
  subjects: SubjectValue[];
  decisionNo: string;
  decidedOn: Dayjs;
  dueOn?: Dayjs;
  sharedWithRoles?: string[];
}

interface Props {
  onClose: () => void;
  initial?: Partial<CaseValues>;
  /** Opened from a programme item: the case carries it out. */
  programmeItemId?: string;
  /** Opened from a letter: the letter gives the unit. */
  letterId?: string;
}

/** Opens a case by its decision: the inspecting body, the kind, the subjects and the time limit; then shows it. */
export function CaseFormModal({ onClose, initial, programmeItemId, letterId }: Props) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreateCase();
  const fromLetter = useCaseFromLetter(letterId ?? "");
  const navigate = useNavigate();
  const index = useTreeIndex();
  const me = useMe();
  const writable = useMemo(() => unitsWithPermission(me.data, index, "inspection.write"), [me.data, index]);

  async function submit(v: CaseValues) {
    const input: Omit<CreateCaseInput, "orgUnitId"> = {
      body: v.body,
      kind: v.kind,
      title: v.title,
      content: v.content?.trim() || undefined,
      subjects: toSubjectInputs(v.subjects),
      decisionNo: v.decisionNo,
      decidedOn: toIsoDate(v.decidedOn),
      dueOn: optionalIso(v.dueOn),
      sharedWithRoles: v.sharedWithRoles?.length
        ? (v.sharedWithRoles as CreateCaseInput["sharedWithRoles"])
        : undefined,
    };
    const saved: InspectionCase = letterId
      ? await fromLetter.mutateAsync(input)
      : await create.mutateAsync({ ...input, orgUnitId: v.orgUnitId ?? "", programmeItemId });
    void navigate(`/inspection/cases/${saved.id}`);
  }

  return (
    <FormModal<CaseValues>
      open
      width={720}
      title={t("inspection.newCase")}
      okText={t("inspection.newCase")}
      successMessage={t("inspection.caseCreated")}
      initialValues={{
        body: "inspection_committee",
        kind: "inspection_suspected",
        decidedOn: dayjs(),
        subjects: [{ type: "member" }],
        ...initial,
      }}
      onSubmit={submit}
      onClose={onClose}
      testId="case-form"
    >
      {!letterId && (
        <Form.Item name="orgUnitId" label={t("inspection.unit")} rules={[required]}>
          <UnitPicker index={index} isDisabled={(n) => !writable.has(n.id)} testId="case-unit" />
        </Form.Item>
      )}
      <Form.Item name="body" label={t("inspection.body")} rules={[required]}>
        <Select
          data-testid="case-body"
          options={bodies.map((b) => ({ value: b, label: t(`inspection.bodies.${b}`) }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t("inspection.kind")} rules={[required]}>
        <Select
          data-testid="case-kind"
          options={caseKinds.map((k) => ({ value: k, label: t(`inspection.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t("inspection.title")} rules={[required]}>
        <Input maxLength={300} data-testid="case-title" />
      </Form.Item>
      <Form.Item name="content" label={t("inspection.content")}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <SubjectFields index={index} />
      <Form.Item name="decisionNo" label={t("inspection.decisionNo")} rules={[required]}>
        <Input maxLength={50} style={{ maxWidth: 240 }} data-testid="case-decision-no" />
      </Form.Item>
      <Form.Item name="decidedOn" label={t("inspection.decidedOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} data-testid="case-decided-on" />
      </Form.Item>
      <Form.Item name="dueOn" label={t("inspection.dueOn")}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.Item name="sharedWithRoles" label={t("inspection.sharedWithRoles")}>
        <Select mode="multiple" options={sharedRoles.map((r) => ({ value: r, label: t(`inspection.roles.${r}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
