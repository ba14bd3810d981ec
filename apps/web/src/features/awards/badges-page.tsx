import type { BadgeCandidate, BadgeForm } from "@dangvu/contract";
import { App, Button, Card, Checkbox, DatePicker, Empty, Flex, Select, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { displayDateFormat, formatDate, todayIso, toIsoDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { type ResponsiveColumn, ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { AwardsNav } from "./awards-nav";
import { BadgeDecisionModal } from "./badge-decision-modal";
import { downloadBadgeList, useBadgeDecisions, useBadgeList } from "./badges.api";

/** The usual award days until the server's list answers with those in force (rule setting badge.awardDays). */
const usualAwardDays = ["02-03", "05-19", "09-02", "11-07"];

/** The next award days from today, for the picker. */
function upcoming(awardDays: readonly string[], count = 5): string[] {
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  return [year, year + 1, year + 2]
    .flatMap((y) => awardDays.map((md) => `${y}-${md}`))
    .sort()
    .filter((d) => d >= today)
    .slice(0, count);
}

/**
 * Huy hiệu Đảng (domain.md §6.3): pick an award date, see who reaches a milestone by then (with discipline delays,
 * posthumous and possible early awards), download the proposal lists 4-HHĐ and 4B-HHĐ, print, and record the decision
 * with each badge's number.
 */
export function BadgesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const on = params.get("on") ?? upcoming(usualAwardDays, 1)[0] ?? todayIso();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>();
  const [early, setEarly] = useState(false);
  const [recording, setRecording] = useState(false);
  const canDecide = useHasPermission("award.decide");
  const tree = useOrgTree();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const list = useBadgeList(on, orgUnitId, early);
  const decisions = useBadgeDecisions(on);
  const days = upcoming(list.data?.awardDays ?? usualAwardDays);
  const options = [...new Set([...days, on])].sort().map((d) => ({ value: d, label: formatDate(d) }));
  const setOn = (value: string) => setParams({ on: value }, { replace: true });
  const download = async (format: "xlsx" | "docx", form: BadgeForm) => {
    try {
      await downloadBadgeList(format, { on, form, orgUnitId });
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  };
  const data = list.data;
  const proposable = (data?.items ?? []).filter((i) => !i.delayedUntil);
  return (
    <PageCard title={t("badges.title")} data-testid="badges-page">
      <div className="no-print">
        <AwardsNav />
      </div>
      <Typography.Paragraph type="secondary" className="no-print">
        {t("badges.intro")}
      </Typography.Paragraph>
      <Flex gap={12} wrap align="end" style={{ marginBottom: 12 }} className="no-print">
        <Flex vertical gap={4}>
          <label htmlFor="badge-on">{t("badges.awardDate")}</label>
          <Select
            id="badge-on"
            value={on}
            options={options}
            onChange={setOn}
            style={{ width: 150 }}
            data-testid="badge-on"
          />
        </Flex>
        <Flex vertical gap={4}>
          <label htmlFor="badge-other">{t("badges.otherDate")}</label>
          <DatePicker
            id="badge-other"
            format={displayDateFormat}
            value={null}
            onChange={(value) => value && setOn(toIsoDate(value))}
            data-testid="badge-other-date"
          />
        </Flex>
        <div style={{ minWidth: 240, flex: "1 1 240px", maxWidth: 420 }}>
          <UnitPicker
            index={index}
            value={orgUnitId}
            onChange={setOrgUnitId}
            placeholder={t("badges.allUnits")}
            testId="badge-unit"
          />
        </div>
        <Checkbox checked={early} onChange={(e) => setEarly(e.target.checked)} data-testid="badge-early">
          {t("badges.early")}
        </Checkbox>
      </Flex>
      {data && (
        <Typography.Paragraph data-testid="badge-summary">
          <strong>
            {t("badges.awardDate")}: {formatDate(data.on)}
          </strong>
          . {t("badges.previous", { date: formatDate(data.previousOn), on: formatDate(data.on) })}{" "}
          {!data.isAwardDay && t("badges.notAwardDay")}
          <br />
          {t("badges.counts", data.counts)}
        </Typography.Paragraph>
      )}
      <Flex gap={8} wrap style={{ marginBottom: 12 }} className="no-print">
        <Button onClick={() => void download("xlsx", "4")} disabled={!proposable.length} data-testid="badge-4-xlsx">
          {t("badges.download4xlsx")}
        </Button>
        <Button onClick={() => void download("docx", "4")} disabled={!proposable.length} data-testid="badge-4-docx">
          {t("badges.download4docx")}
        </Button>
        {(data?.counts.posthumous ?? 0) > 0 && (
          <Button onClick={() => void download("docx", "4B")} data-testid="badge-4b-docx">
            {t("badges.download4Bdocx")}
          </Button>
        )}
        <Button onClick={() => window.print()} data-testid="badge-print">
          {t("badges.print")}
        </Button>
        {canDecide && (
          <Button
            type="primary"
            disabled={!proposable.length}
            onClick={() => setRecording(true)}
            data-testid="badge-record"
          >
            {t("badges.record")}
          </Button>
        )}
      </Flex>
      <CandidateTable rows={data?.items} loading={list.isPending} />
      <Card
        size="small"
        title={t("badges.decisions")}
        style={{ marginTop: 16 }}
        className="no-print"
        data-testid="badge-decisions"
      >
        {decisions.data?.items.length ? (
          decisions.data.items.map((d) => (
            <Typography.Paragraph key={d.id} data-testid="badge-decision">
              {t("badges.decisionLine", {
                number: d.number,
                date: formatDate(d.signedOn),
                unit: d.orgUnitName,
                count: d.badges.length,
              })}
              <br />
              <Typography.Text type="secondary">
                {d.badges.map((b) => `${b.fullName} (${b.milestone} năm, số ${b.badgeNumber})`).join("; ")}
              </Typography.Text>
            </Typography.Paragraph>
          ))
        ) : (
          <Typography.Text type="secondary">{t("badges.noDecisions")}</Typography.Text>
        )}
      </Card>
      {recording && data && (
        <BadgeDecisionModal on={on} items={proposable} index={index} onClose={() => setRecording(false)} />
      )}
    </PageCard>
  );
}

function CandidateTable(props: { rows?: BadgeCandidate[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: ResponsiveColumn<BadgeCandidate>[] = [
    { title: t("badges.number"), width: 56, phone: "hide", render: (_, __, i) => i + 1 },
    {
      title: t("badges.member"),
      phone: "title",
      render: (_, r) => <Link to={`/members/${r.memberId}`}>{r.fullName}</Link>,
    },
    { title: t("badges.cell"), dataIndex: "orgUnitName" },
    { title: t("badges.birthDate"), render: (_, r) => formatDate(r.birthDate) },
    { title: t("badges.admission"), render: (_, r) => formatDate(r.admissionDecidedOn) },
    { title: t("badges.partyAge"), render: (_, r) => t("badges.partyAgeValue", r.partyAge) },
    {
      title: t("badges.milestone"),
      render: (_, r) => <strong>{t("badges.milestoneValue", { years: r.milestone })}</strong>,
    },
    { title: t("badges.status"), render: (_, r) => <CandidateFlags row={r} /> },
  ];
  return (
    <ResponsiveTable<BadgeCandidate>
      rowKey="memberId"
      size="small"
      loading={props.loading}
      dataSource={props.rows ?? []}
      pagination={false}
      locale={{ emptyText: <Empty description={t("badges.empty")} /> }}
      onRow={() => ({ "data-testid": "badge-row" }) as object}
      columns={columns}
    />
  );
}

function CandidateFlags({ row }: { row: BadgeCandidate }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      {row.kind !== "regular" && (
        <Tag color={row.kind === "posthumous" ? "default" : "gold"}>{t(`badges.kinds.${row.kind}`)}</Tag>
      )}
      {row.delayedUntil && <Tag color="red">{t("badges.delayed", { date: formatDate(row.delayedUntil) })}</Tag>}
      {row.diedOn && (
        <Typography.Text type="secondary">{t("badges.died", { date: formatDate(row.diedOn) })}</Typography.Text>
      )}
      {row.reachedOn && (
        <Typography.Text type="secondary">{t("badges.reached", { date: formatDate(row.reachedOn) })}</Typography.Text>
      )}
    </Flex>
  );
}
