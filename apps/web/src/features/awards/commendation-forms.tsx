import type {
  Commendation,
  CommendationBasis,
  MemberPage,
  ProposeCommendationInput,
  RecipientType,
} from "@dangvu/contract";
import { useQuery } from "@tanstack/react-query";
import { DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../lib/api";
import { displayDateFormat, formatDate, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useAwardForms, useCampaigns, useDecide, usePropose, useRefuse } from "./awards.api";
import { awardDecideUnits, awardWriteUnits, formsFor, mayAward } from "./awards.model";

/** A member on the list (probationary or full) found by typing a name. */
function MemberSearch({ value, onChange }: { value?: string; onChange?: (id: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const found = useQuery({
    queryKey: ["awards", "member-search", q],
    queryFn: () => api.get<MemberPage>("/api/members", { q, status: "active", pageSize: 20 }),
    enabled: q.trim().length >= 2,
  });
  return (
    <Select
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={(found.data?.items ?? []).map((m) => ({
        value: m.id,
        label: `${m.fullName} (${formatDate(m.birthDate)}, ${m.orgUnitName})`,
      }))}
      loading={found.isFetching}
      placeholder={t("awards.memberPlaceholder")}
      notFoundContent={null}
      data-testid="award-member"
      style={{ maxWidth: 480 }}
    />
  );
}

interface ProposeValues {
  recipientType: RecipientType;
  memberId?: string;
  orgUnitId?: string;
  form: string;
  basis: CommendationBasis;
  year?: number;
  campaignId?: string;
  reason: string;
}

/** Proposes a commendation; the server checks eligibility from the decided ratings and names the rule if not. */
export function ProposeModal({ onClose, memberId }: { onClose: () => void; memberId?: string }) {
  const { t } = useTranslation();
  const required = useRequired();
  const propose = usePropose();
  const forms = useAwardForms();
  const campaigns = useCampaigns({});
  const tree = useOrgTree();
  const me = useMe();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const writable = useMemo(() => awardWriteUnits(me.data, index), [me.data, index]);
  const [recipient, setRecipient] = useState<RecipientType>("member");
  const [basis, setBasis] = useState<CommendationBasis>("year_excellent");
  const lastYear = dayjs().year() - 1;
  return (
    <FormModal<ProposeValues>
      open
      title={t("awards.propose")}
      okText={t("awards.propose")}
      successMessage={t("awards.proposed")}
      initialValues={{ recipientType: "member", basis: "year_excellent", year: lastYear, memberId }}
      onSubmit={async (v) => {
        const input: ProposeCommendationInput = {
          recipientType: v.recipientType,
          memberId: v.recipientType === "member" ? v.memberId : undefined,
          orgUnitId: v.recipientType === "org" ? v.orgUnitId : undefined,
          form: v.form,
          basis: v.basis,
          year: v.basis === "ad_hoc" || v.basis === "campaign" ? v.year || undefined : v.year,
          campaignId: v.basis === "campaign" ? v.campaignId : undefined,
          reason: v.reason,
        };
        await propose.mutateAsync(input);
      }}
      onClose={onClose}
      testId="propose-form"
    >
      <Form.Item name="recipientType" label={t("awards.recipientType")}>
        <Radio.Group
          onChange={(e) => setRecipient(e.target.value)}
          options={(["member", "org"] as const).map((r) => ({ value: r, label: t(`awards.recipientTypes.${r}`) }))}
          data-testid="award-recipient-type"
        />
      </Form.Item>
      {recipient === "member" ? (
        <Form.Item name="memberId" label={t("awards.member")} rules={[required]}>
          <MemberSearch />
        </Form.Item>
      ) : (
        <Form.Item name="orgUnitId" label={t("awards.orgUnit")} rules={[required]}>
          <UnitPicker index={index} isDisabled={(n) => !writable.has(n.id)} testId="award-unit" />
        </Form.Item>
      )}
      <Form.Item name="form" label={t("awards.form")} rules={[required]}>
        <Select
          data-testid="award-form"
          options={formsFor(forms.data?.forms ?? [], recipient).map((f) => ({
            value: f.code,
            label: `${f.label} — ${t("awards.formWho", { who: f.awardedBy.map((a) => t(`unitType.${a.unitType}`)).join(", ") })}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="basis" label={t("awards.basis")} rules={[required]}>
        <Select
          data-testid="award-basis"
          onChange={setBasis}
          options={(["year_excellent", "five_years_excellent", "campaign", "ad_hoc"] as const).map((b) => ({
            value: b,
            label: t(`awards.bases.${b}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="year" label={t("awards.year")} rules={basis.endsWith("excellent") ? [required] : []}>
        <InputNumber min={1990} max={dayjs().year()} data-testid="award-year" style={{ width: 120 }} />
      </Form.Item>
      {basis === "campaign" && (
        <Form.Item name="campaignId" label={t("awards.campaign")} rules={[required]}>
          <Select
            data-testid="award-campaign"
            options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.orgUnitName})` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="reason" label={t("awards.reason")} rules={[required]}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="award-reason" />
      </Form.Item>
    </FormModal>
  );
}

interface DecideValues {
  orgUnitId: string;
  number: string;
  signedOn: Dayjs;
  signerName?: string;
}

/** Records the decision on the proposals selected (one form), by a body allowed to award it. */
export function DecideModal({ selected, onClose }: { selected: Commendation[]; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const decide = useDecide();
  const forms = useAwardForms();
  const tree = useOrgTree();
  const me = useMe();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const deciders = useMemo(() => awardDecideUnits(me.data, index), [me.data, index]);
  const form = forms.data?.forms.find((f) => f.code === selected[0]?.form);
  const allowed = (id: string, type: string) =>
    deciders.has(id) && selected.every((c) => mayAward(form, type, c.recipientType));
  return (
    <FormModal<DecideValues>
      open
      title={t("awards.decide")}
      okText={t("awards.decide")}
      successMessage={t("awards.decided")}
      initialValues={{ signedOn: dayjs() }}
      onSubmit={(v) =>
        decide.mutateAsync({
          orgUnitId: v.orgUnitId,
          number: v.number,
          signedOn: toIsoDate(v.signedOn),
          signerName: v.signerName?.trim() || undefined,
          commendationIds: selected.map((c) => c.id),
        })
      }
      onClose={onClose}
      testId="decide-form"
    >
      <Typography.Paragraph>
        {selected.map((c) => `${c.memberName ?? c.orgUnitName} (${c.formLabel})`).join("; ")}
      </Typography.Paragraph>
      <Form.Item name="orgUnitId" label={t("awards.decidingUnit")} rules={[required]}>
        <UnitPicker index={index} isDisabled={(n) => !allowed(n.id, n.type)} testId="decide-unit" />
      </Form.Item>
      <Form.Item name="number" label={t("awards.number")} rules={[required]}>
        <Input maxLength={50} style={{ maxWidth: 240 }} data-testid="decide-number" />
      </Form.Item>
      <Form.Item name="signedOn" label={t("awards.signedOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} data-testid="decide-signed-on" />
      </Form.Item>
      <Form.Item name="signerName" label={t("awards.signerName")}>
        <Input maxLength={120} style={{ maxWidth: 320 }} />
      </Form.Item>
    </FormModal>
  );
}

/** Refuses one proposal with a reason. */
export function RefuseModal({ item, onClose }: { item: Commendation; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const refuse = useRefuse();
  return (
    <FormModal<{ reason: string }>
      open
      danger
      title={`${t("awards.refuse")}: ${item.memberName ?? item.orgUnitName}`}
      okText={t("awards.refuse")}
      successMessage={t("awards.refused")}
      onSubmit={(v) => refuse.mutateAsync({ id: item.id, version: item.version, reason: v.reason })}
      onClose={onClose}
      testId="refuse-form"
    >
      <Form.Item name="reason" label={t("awards.refusalReason")} rules={[required]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
