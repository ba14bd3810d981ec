import type { BadgeCandidate, CreateBadgeDecisionInput, OrgTreeNode } from "@dangvu/contract";
import { DatePicker, Form, Input, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { ApiError, isApiError } from "../../lib/api";
import { displayDateFormat, formatDate, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import type { TreeIndex } from "../org/org-tree.model";
import { useRecordBadgeDecision } from "./badges.api";

interface Values {
  orgUnitId: string;
  number: string;
  signedOn: Dayjs;
  signerName?: string;
  badges: { badgeNumber?: string; note?: string }[];
}

/** The units that may record the decision: the top of the user's tree (the rule setting decides on the server). */
const decidingTypes = new Set(["provincial_committee", "upper_committee"]);

/**
 * The units offered to record a badge decision: the province's committee first, then the upper committees (the
 * server checks the rule setting awards.badgeAuthority); the top of the user's tree when none is in view.
 */
export function decidingUnits(units: readonly OrgTreeNode[]): OrgTreeNode[] {
  const deciding = units
    .filter((u) => decidingTypes.has(u.type))
    .sort((a, b) => Number(b.type === "provincial_committee") - Number(a.type === "provincial_committee"));
  if (deciding.length) return deciding;
  const ids = new Set(units.map((u) => u.id));
  return units.filter((u) => !u.parentId || !ids.has(u.parentId));
}

/**
 * Records the decision on the award date's list: its number, date and deciding body, then the badge number of each
 * member awarded (an empty number leaves the member out). The server's errors name the line they concern.
 */
export function BadgeDecisionModal(props: {
  on: string;
  items: BadgeCandidate[];
  index: TreeIndex;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const record = useRecordBadgeDecision();
  const candidates = decidingUnits([...props.index.byId.values()]);
  const submit = async (values: Values) => {
    const lines = props.items
      .map((item, i) => ({ item, i, entry: values.badges?.[i] ?? {} }))
      .filter(({ entry }) => entry.badgeNumber?.trim());
    if (lines.length === 0) throw new ApiError(422, { code: "badge.none", message: t("badges.form.none"), fields: {} });
    const input: CreateBadgeDecisionInput = {
      orgUnitId: values.orgUnitId,
      number: values.number,
      signedOn: toIsoDate(values.signedOn),
      signerName: values.signerName || undefined,
      awardDate: props.on,
      badges: lines.map(({ item, entry }) => ({
        memberId: item.memberId,
        milestone: item.milestone,
        kind: item.kind,
        badgeNumber: entry.badgeNumber?.trim() ?? "",
        note: entry.note?.trim() || undefined,
      })),
    };
    try {
      await record.mutateAsync(input);
    } catch (error) {
      // The server names lines of what was sent; the form's lines are those of the whole list.
      if (!isApiError(error)) throw error;
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([field, text]) => [
          field.replace(/^badges\.(\d+)/, (_, k: string) => `badges.${lines[Number(k)]?.i ?? k}`),
          text,
        ]),
      );
      throw new ApiError(error.status, { ...error.body, code: error.code, message: error.message, fields });
    }
  };
  return (
    <FormModal<Values>
      open
      width={720}
      title={`${t("badges.form.title")} · ${formatDate(props.on)}`}
      initialValues={{ orgUnitId: candidates[0]?.id, signedOn: dayjs(), badges: props.items.map(() => ({})) }}
      successMessage={t("badges.form.saved")}
      onSubmit={submit}
      onClose={props.onClose}
      testId="badge-decision-form"
    >
      <Form.Item name="orgUnitId" label={t("badges.form.decidingUnit")} rules={[required]}>
        <Select options={candidates.map((u) => ({ value: u.id, label: u.name }))} data-testid="badge-deciding-unit" />
      </Form.Item>
      <Form.Item name="number" label={t("badges.form.decisionNumber")} rules={[required]}>
        <Input maxLength={50} data-testid="badge-decision-number" />
      </Form.Item>
      <Form.Item name="signedOn" label={t("badges.form.signedOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} data-testid="badge-signed-on" />
      </Form.Item>
      <Form.Item name="signerName" label={t("badges.form.signerName")}>
        <Input maxLength={200} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t("badges.form.hint")}</Typography.Paragraph>
      {props.items.map((item, i) => (
        <div key={item.memberId} data-testid="badge-line" style={{ borderTop: "1px solid #f0f0f0", paddingTop: 8 }}>
          <Typography.Text strong>
            {item.fullName} · {t("badges.milestoneValue", { years: item.milestone })} · {t(`badges.kinds.${item.kind}`)}
          </Typography.Text>
          <Typography.Text type="secondary"> ({item.orgUnitName})</Typography.Text>
          <Form.Item
            name={["badges", i, "badgeNumber"]}
            label={t("badges.form.badgeNumber")}
            style={{ marginBottom: 8 }}
          >
            <Input maxLength={30} data-testid="badge-number-input" />
          </Form.Item>
          {item.kind === "early_illness" && (
            <Form.Item name={["badges", i, "note"]} label={t("badges.form.note")} style={{ marginBottom: 8 }}>
              <Input maxLength={500} />
            </Form.Item>
          )}
        </div>
      ))}
    </FormModal>
  );
}
