import type {
  DecidingBody,
  DisciplineFormAny,
  DisciplineSubjectType,
  InspectionCase,
  Member,
  ProposeDisciplineInput,
  ViolationGroup,
} from "@dangvu/contract";
import { useQuery } from "@tanstack/react-query";
import { DatePicker, Form, Input, Radio, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api } from "../../lib/api";
import { displayDateFormat, optionalIso, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useMe } from "../auth/auth.api";
import { unitsWithPermission } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useProposeDiscipline } from "./inspection.api";
import { allowedForms } from "./inspection.model";
import { MemberSearch, useTreeIndex } from "./subject-fields";

export const decidingBodies = [
  "inspection_committee",
  "standing_committee",
  "committee",
  "cell",
] as const satisfies readonly DecidingBody[];
const groups: ViolationGroup[] = ["ordinary", "internal_politics", "defence_security_foreign", "illegal_diploma"];

interface ProposeValues {
  subjectType: DisciplineSubjectType;
  memberId?: string;
  subjectUnitId?: string;
  orgUnitId: string;
  decidingBody: DecidingBody;
  violation: string;
  violationGroup: ViolationGroup;
  violationFrom: Dayjs;
  violationTo?: Dayjs;
  proposedForm: DisciplineFormAny;
  proposedBy: string;
  proposedOn: Dayjs;
}

/** The member's status, to offer only the forms their standing allows (a probationary member: two). */
export function useMemberStatus(memberId: string | undefined) {
  return useQuery({
    queryKey: ["inspection", "member-status", memberId],
    queryFn: () => api.get<Member>(`/api/members/${memberId}`),
    enabled: Boolean(memberId),
    select: (m) => m.status as string,
  });
}

function initialFromCase(item: InspectionCase | undefined): Partial<ProposeValues> {
  const member = item?.subjects.find((s) => s.memberId);
  const unit = item?.subjects.find((s) => s.type === "organisation");
  return {
    subjectType: member || !unit ? "member" : "organisation",
    memberId: member?.memberId ?? undefined,
    subjectUnitId: !member ? unit?.orgUnitId : undefined,
    orgUnitId: item?.orgUnitId,
    decidingBody: "inspection_committee",
    violationGroup: "ordinary",
    proposedOn: dayjs(),
  };
}

/** Proposes discipline to the body that decides, from a concluded case or on its own. */
export function ProposeDisciplineModal({ fromCase, onClose }: { fromCase?: InspectionCase; onClose: () => void }) {
  const { t } = useTranslation();
  const propose = useProposeDiscipline();
  const navigate = useNavigate();
  const index = useTreeIndex();
  const me = useMe();
  const writable = useMemo(() => unitsWithPermission(me.data, index, "inspection.write"), [me.data, index]);
  async function submit(v: ProposeValues) {
    const input: ProposeDisciplineInput = {
      subjectType: v.subjectType,
      memberId: v.subjectType === "member" ? v.memberId : undefined,
      subjectUnitId: v.subjectType === "organisation" ? v.subjectUnitId : undefined,
      orgUnitId: v.orgUnitId,
      decidingBody: v.decidingBody,
      caseId: fromCase?.id,
      violation: v.violation,
      violationGroup: v.violationGroup,
      violationFrom: toIsoDate(v.violationFrom),
      violationTo: optionalIso(v.violationTo),
      proposedForm: v.proposedForm,
      proposedBy: v.proposedBy,
      proposedOn: toIsoDate(v.proposedOn),
    };
    const saved = await propose.mutateAsync(input);
    void navigate(`/inspection/discipline/${saved.id}`);
  }

  return (
    <FormModal<ProposeValues>
      open
      width={680}
      title={t("discipline.propose")}
      okText={t("discipline.propose")}
      successMessage={t("discipline.proposed")}
      initialValues={initialFromCase(fromCase)}
      onSubmit={submit}
      onClose={onClose}
      testId="discipline-propose-form"
    >
      <ProposeFields fromCase={fromCase} writable={writable} />
    </FormModal>
  );
}

/** The proposal's fields; the forms offered follow the subject chosen. */
function ProposeFields({ fromCase, writable }: { fromCase?: InspectionCase; writable: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const required = useRequired();
  const index = useTreeIndex();
  const form = Form.useFormInstance<ProposeValues>();
  const subjectType: DisciplineSubjectType = Form.useWatch("subjectType", form) ?? "member";
  const memberId = Form.useWatch("memberId", form);
  const status = useMemberStatus(subjectType === "member" ? memberId : undefined);
  const forms = allowedForms(subjectType, status.data);
  const caseMember = fromCase?.subjects.find((s) => s.memberId);
  return (
    <>
      <Form.Item name="subjectType" label={t("discipline.subjectType")}>
        <Radio.Group
          data-testid="discipline-subject-type"
          options={(["member", "organisation"] as const).map((s) => ({
            value: s,
            label: t(`discipline.subjectTypes.${s}`),
          }))}
        />
      </Form.Item>
      {subjectType === "member" ? (
        <Form.Item name="memberId" label={t("discipline.member")} rules={[required]}>
          <MemberSearch
            testId="discipline-member"
            initial={
              caseMember
                ? { value: caseMember.memberId ?? "", label: `${caseMember.memberName} (${caseMember.orgUnitName})` }
                : undefined
            }
          />
        </Form.Item>
      ) : (
        <Form.Item name="subjectUnitId" label={t("discipline.subjectUnit")} rules={[required]}>
          <UnitPicker index={index} testId="discipline-subject-unit" />
        </Form.Item>
      )}
      <Form.Item name="orgUnitId" label={t("discipline.decidingUnit")} rules={[required]}>
        <UnitPicker index={index} isDisabled={(n) => !writable.has(n.id)} testId="discipline-unit" />
      </Form.Item>
      <Form.Item name="decidingBody" label={t("discipline.decidingBody")} rules={[required]}>
        <Select
          data-testid="discipline-body"
          options={decidingBodies.map((b) => ({ value: b, label: t(`discipline.bodies.${b}`) }))}
        />
      </Form.Item>
      <Form.Item name="violation" label={t("discipline.violation")} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="discipline-violation" />
      </Form.Item>
      <Form.Item name="violationGroup" label={t("discipline.violationGroup")} rules={[required]}>
        <Select options={groups.map((g) => ({ value: g, label: t(`discipline.groups.${g}`) }))} />
      </Form.Item>
      <Form.Item name="violationFrom" label={t("discipline.violationFrom")} rules={[required]}>
        <DatePicker format={displayDateFormat} data-testid="discipline-violation-from" />
      </Form.Item>
      <Form.Item name="violationTo" label={t("discipline.violationTo")}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.Item
        name="proposedForm"
        label={t("discipline.proposedForm")}
        extra={t("discipline.formsHint")}
        rules={[required]}
      >
        <Select
          data-testid="discipline-form"
          options={forms.map((f) => ({ value: f, label: t(`discipline.forms.${f}`) }))}
        />
      </Form.Item>
      <Form.Item name="proposedBy" label={t("discipline.proposedBy")} rules={[required]}>
        <Input maxLength={200} data-testid="discipline-proposed-by" />
      </Form.Item>
      <Form.Item name="proposedOn" label={t("discipline.proposedOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      {status.data === "probationary" && (
        <Typography.Text type="secondary">{t("memberStatus.probationary")}</Typography.Text>
      )}
    </>
  );
}
