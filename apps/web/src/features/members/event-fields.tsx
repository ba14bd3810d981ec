import type { Member } from "@dangvu/contract";
import { DatePicker, Divider, Form, Input, Radio, Select } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { displayDateFormat, formatDate } from "../../lib/dates";
import { DefaultWhileUntouched, useRequired } from "../../lib/forms";
import { isCellType, type TreeIndex } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { DecisionReceivedField, PrerequisiteFields, ReadmissionFields } from "./admission-fields";
import { FullMemberPicker } from "./full-member-picker";
import type { EventKind } from "./member-events.model";
import { PastDateField } from "./past-date-field";

/** Dates that default to today when the form opens (never a death or a ceremony, which must be typed). */
export const todayDefaults = () => {
  const today = dayjs();
  return {
    decidedOn: today,
    completedOn: today,
    assignedOn: today,
    receivedOn: today,
    returnedOn: today,
    issuedOn: today,
  };
};

/** The "please choose" rule, for pickers and radio buttons. */
function useChoose() {
  const { t } = useTranslation();
  return { required: true, message: t("validation.requiredSelect") };
}

export function TextField({ name, label, required = false, max = 50, placeholder }: TextFieldProps) {
  const requiredRule = useRequired();
  return (
    <Form.Item name={name} label={label} rules={required ? [requiredRule] : []}>
      <Input maxLength={max} placeholder={placeholder} style={{ maxWidth: 360 }} />
    </Form.Item>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  required?: boolean;
  max?: number;
  placeholder?: string;
}

function DecisionFields() {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="decisionNo"
        label={t("eventForm.decisionNo")}
        required
        placeholder={t("eventForm.decisionNoPlaceholder")}
      />
      <PastDateField name="decidedOn" label={t("eventForm.decidedOn")} required />
    </>
  );
}

function NoteField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="note" label={t("eventForm.note")}>
      <Input.TextArea rows={2} maxLength={1000} />
    </Form.Item>
  );
}

function HelperPicker({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const choose = useChoose();
  return (
    <FullMemberPicker
      name="helperMemberId"
      label={t("eventForm.helper")}
      placeholder={t("eventForm.helperPlaceholder")}
      exclude={memberId}
      rules={[choose]}
      testId="helper-picker"
    />
  );
}

function TransferFields({ member, index }: { member: Member; index: TreeIndex }) {
  const { t } = useTranslation();
  const choose = useChoose();
  const transferKind = Form.useWatch<string>("transferKind");
  const target = Form.useWatch<string>("target");
  // A cell in the tree the user sees is the likely destination (the tree may arrive after the form opened).
  const otherCells = [...index.byId.values()].some((u) => u.id !== member.orgUnitId && isCellType(u.type));
  return (
    <>
      <Form.Item name="transferKind" label={t("eventForm.transferKind")} rules={[choose]}>
        <Radio.Group
          options={[
            { value: "official", label: t("eventForm.transferOfficial") },
            { value: "temporary", label: t("eventForm.transferTemporary") },
          ]}
        />
      </Form.Item>
      <DefaultWhileUntouched name="target" value={otherCells ? "inside" : "outside"} />
      <Form.Item name="target" label={t("eventForm.target")}>
        <Radio.Group
          options={[
            { value: "inside", label: t("eventForm.targetInside") },
            { value: "outside", label: t("eventForm.targetOutside") },
          ]}
        />
      </Form.Item>
      {target === "outside" ? (
        <TextField name="toOrganisationName" label={t("eventForm.toOrganisationName")} required max={200} />
      ) : (
        <Form.Item name="toOrgUnitId" label={t("eventForm.toOrgUnitId")} rules={[choose]}>
          <UnitPicker
            index={index}
            exclude={new Set([member.orgUnitId])}
            isDisabled={(u) => !isCellType(u.type)}
            testId="transfer-unit-picker"
          />
        </Form.Item>
      )}
      <PastDateField name="decidedOn" label={t("eventForm.transferDecidedOn")} required />
      <TextField name="letterNo" label={t("eventForm.letterNo")} />
      <PastDateField name="movedOn" label={t("eventForm.movedOn")} required={false} />
      {transferKind === "temporary" && (
        <>
          <Form.Item name="temporaryPurpose" label={t("eventForm.temporaryPurpose")} rules={[choose]}>
            <Radio.Group
              options={[
                { value: "work_or_residence", label: t("eventForm.purposeWork") },
                { value: "study", label: t("eventForm.purposeStudy") },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="expectedReturnOn"
            label={t("eventForm.expectedReturnOn")}
            extra={t("eventForm.expectedReturnHint")}
            rules={[choose]}
          >
            <DatePicker
              format={displayDateFormat}
              placeholder={t("memberForm.datePlaceholder")}
              style={{ width: 200 }}
              data-testid="expected-return"
            />
          </Form.Item>
        </>
      )}
    </>
  );
}

/** The fields of one kind of event. */
export function EventFields({ kind, member, index }: { kind: EventKind; member: Member; index: TreeIndex }) {
  const { t } = useTranslation();
  const choose = useChoose();
  switch (kind) {
    case "course_completed":
      return (
        <>
          <TextField name="certificateNo" label={t("eventForm.certificateNo")} required />
          <PastDateField name="completedOn" label={t("eventForm.completedOn")} required />
        </>
      );
    case "helper_assigned":
      return (
        <>
          <HelperPicker memberId={member.id} />
          <PastDateField name="assignedOn" label={t("eventForm.assignedOn")} required />
        </>
      );
    case "admission":
      return (
        <>
          <DecisionFields />
          <DecisionReceivedField />
          <PastDateField name="cellResolutionOn" label={t("eventForm.cellResolutionOn")} required={false} />
          <PrerequisiteFields member={member} />
          <Divider />
          <CeremonyFields required={false} />
          <NoteField />
        </>
      );
    case "ceremony":
      return <CeremonyFields required />;
    case "full_membership":
      return (
        <>
          {member.probationEndsOn && (
            <p data-testid="full-membership-hint">
              {t("eventForm.fullMembershipHint", { date: formatDate(member.probationEndsOn) })}
            </p>
          )}
          <DecisionFields />
          <NoteField />
        </>
      );
    case "transfer":
      return <TransferFields member={member} index={index} />;
    case "transfer_received":
      return <PastDateField name="receivedOn" label={t("eventForm.receivedOn")} required />;
    case "temporary_return":
      return <PastDateField name="returnedOn" label={t("eventForm.returnedOn")} required />;
    case "card_issued":
      return (
        <>
          <TextField name="cardNumber" label={t("eventForm.cardNumber")} required max={30} />
          <PastDateField name="issuedOn" label={t("eventForm.issuedOn")} required />
          <Form.Item name="reason" label={t("eventForm.cardReason")} rules={[choose]}>
            <Radio.Group
              options={(["first", "reissue", "exchange"] as const).map((r) => ({
                value: r,
                label: t(`member.cardReasons.${r}`),
              }))}
            />
          </Form.Item>
        </>
      );
    case "struck_off":
      return (
        <>
          <DecisionFields />
          <Form.Item name="ground" label={t("eventForm.ground")} rules={[choose]}>
            <Select
              options={([1, 2, 3, 4, 5] as const).map((g) => ({
                value: g,
                label: `${g}. ${t(`eventForm.grounds.${g}`)}`,
              }))}
            />
          </Form.Item>
          <NoteField />
        </>
      );
    case "discipline":
      return <DisciplineFields probationary={member.status === "probationary"} />;
    case "death":
      return (
        <>
          <PastDateField name="diedOn" label={t("eventForm.diedOn")} required />
          <NoteField />
        </>
      );
    case "readmission":
      return (
        <>
          <DecisionFields />
          <DecisionReceivedField />
          <ReadmissionFields member={member} />
          <PrerequisiteFields member={member} />
          <Divider />
          <PastDateField name="ceremonyOn" label={t("eventForm.readmissionCeremonyOn")} required={false} />
          <NoteField />
        </>
      );
    case "restoration":
      return (
        <>
          <p data-testid="restoration-hint">{t("eventForm.restorationHint")}</p>
          <DecisionFields />
          <NoteField />
        </>
      );
    default:
      return (
        <>
          <DecisionFields />
          <NoteField />
        </>
      );
  }
}

/** Reprimand, warning or dismissal from a post (a probationary member: only the first two), with the deciding body. */
function DisciplineFields({ probationary }: { probationary: boolean }) {
  const { t } = useTranslation();
  const choose = useChoose();
  const forms = probationary ? (["reprimand", "warning"] as const) : (["reprimand", "warning", "dismissal"] as const);
  return (
    <>
      <Form.Item
        name="form"
        label={t("eventForm.disciplineForm")}
        extra={t("eventForm.disciplineHint")}
        rules={[choose]}
      >
        <Radio.Group
          data-testid="discipline-form"
          options={forms.map((f) => ({ value: f, label: t(`eventForm.disciplineForms.${f}`) }))}
        />
      </Form.Item>
      <DecisionFields />
      <TextField
        name="decidingBody"
        label={t("eventForm.decidingBody")}
        required
        max={200}
        placeholder={t("eventForm.decidingBodyPlaceholder")}
      />
      <NoteField />
    </>
  );
}

function CeremonyFields({ required }: { required: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <PastDateField name="ceremonyOn" label={t("eventForm.ceremonyOn")} required={required} />
      <TextField name="ceremonyPlace" label={t("eventForm.ceremonyPlace")} max={200} />
      <Form.Item
        name="lateCeremonyApprovalNo"
        label={t("eventForm.lateCeremonyApprovalNo")}
        extra={t("eventForm.lateCeremonyHint")}
      >
        <Input maxLength={50} style={{ maxWidth: 360 }} />
      </Form.Item>
    </>
  );
}
