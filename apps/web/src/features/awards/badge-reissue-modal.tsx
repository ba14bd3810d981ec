import type { PartyBadge } from "@dangvu/contract";
import { DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { displayDateFormat, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useOrgTree } from "../org/org.api";
import { decidingUnits } from "./badge-decision-modal";
import { useRecordBadgeDecision } from "./badges.api";

interface Values {
  orgUnitId: string;
  number: string;
  signedOn: Dayjs;
  milestone: number;
  badgeNumber: string;
  note: string;
}

/** Records the decision reissuing a lost badge (4A-HHĐ) to a member who received it: a new number, with the reason. */
export function BadgeReissueModal(props: { memberId: string; received: PartyBadge[]; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const record = useRecordBadgeDecision();
  const tree = useOrgTree();
  const units = useMemo(() => decidingUnits(tree.data ?? []), [tree.data]);
  const milestones = [...new Set(props.received.filter((b) => b.kind !== "reissue").map((b) => b.milestone))];
  return (
    <FormModal<Values>
      open
      title={t("badges.reissue.title")}
      initialValues={{ orgUnitId: units[0]?.id, signedOn: dayjs(), milestone: milestones.at(-1) }}
      successMessage={t("badges.form.saved")}
      onSubmit={(values) =>
        record.mutateAsync({
          orgUnitId: values.orgUnitId,
          number: values.number,
          signedOn: toIsoDate(values.signedOn),
          awardDate: toIsoDate(values.signedOn),
          badges: [
            {
              memberId: props.memberId,
              milestone: values.milestone,
              kind: "reissue",
              badgeNumber: values.badgeNumber,
              note: values.note,
            },
          ],
        })
      }
      onClose={props.onClose}
      testId="badge-reissue-form"
    >
      <Form.Item name="orgUnitId" label={t("badges.form.decidingUnit")} rules={[required]}>
        <Select options={units.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="number" label={t("badges.form.decisionNumber")} rules={[required]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="signedOn" label={t("badges.form.signedOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.Item name="milestone" label={t("badges.milestone")} rules={[required]}>
        <Select options={milestones.map((m) => ({ value: m, label: t("badges.milestoneValue", { years: m }) }))} />
      </Form.Item>
      <Form.Item name="badgeNumber" label={t("badges.reissue.newNumber")} rules={[required]}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="note" label={t("badges.reissue.reason")} rules={[required]}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
