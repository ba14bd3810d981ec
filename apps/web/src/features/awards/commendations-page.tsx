import type { Commendation, CommendationStatus } from "@dangvu/contract";
import { Button, Flex, Select, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission } from "../auth/auth.api";
import { useCommendations } from "./awards.api";
import { AwardsNav } from "./awards-nav";
import { DecideModal, ProposeModal, RefuseModal } from "./commendation-forms";

const statusColors: Record<CommendationStatus, string> = { proposed: "blue", decided: "green", refused: "default" };

export function CommendationStatusTag({ status }: { status: CommendationStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`awards.statuses.${status}`)}</Tag>;
}

/** "Giấy khen · HTXSNV năm 2025" */
export function useBasisText() {
  const { t } = useTranslation();
  return (c: Commendation) =>
    [t(`awards.bases.${c.basis}`), c.year ? String(c.year) : "", c.campaignName ?? ""].filter(Boolean).join(" ");
}

export function useDecisionText() {
  const { t } = useTranslation();
  return (c: Commendation) =>
    c.decision
      ? t("awards.decisionText", {
          number: c.decision.number,
          date: formatDate(c.decision.signedOn),
          unit: c.decision.decidingUnitName,
        })
      : "";
}

/** Proposals and decisions of the units the user sees: propose, tick proposals of one form and decide, refuse. */
export function CommendationsPage() {
  const { t } = useTranslation();
  const canWrite = useHasPermission("award.write");
  const canDecide = useHasPermission("award.decide");
  const [status, setStatus] = useState<CommendationStatus | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const list = useCommendations({ status, year });
  const [selected, setSelected] = useState<Commendation[]>([]);
  const [proposing, setProposing] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const [refusing, setRefusing] = useState<Commendation | null>(null);
  const basisText = useBasisText();
  const decisionText = useDecisionText();
  const thisYear = new Date().getFullYear();
  const sameForm = new Set(selected.map((c) => c.form)).size === 1;
  return (
    <PageCard
      title={t("awards.commendations")}
      data-testid="commendations-page"
      actions={
        <>
          {canDecide && (
            <Button
              disabled={selected.length === 0 || !sameForm}
              onClick={() => setDeciding(true)}
              data-testid="decide-open"
            >
              {t("awards.decideSelected", { count: selected.length })}
            </Button>
          )}
          {canWrite && (
            <Button type="primary" onClick={() => setProposing(true)} data-testid="propose-open">
              {t("awards.propose")}
            </Button>
          )}
        </>
      }
    >
      <AwardsNav />
      <Typography.Paragraph type="secondary">
        {t("awards.commendationsHint")} {canDecide ? t("awards.decideHint") : ""}
      </Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t("awards.allStatuses")}
          value={status}
          onChange={setStatus}
          style={{ width: 180 }}
          data-testid="filter-status"
          options={(["proposed", "decided", "refused"] as const).map((s) => ({
            value: s,
            label: t(`awards.statuses.${s}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t("awards.allYears")}
          value={year}
          onChange={setYear}
          style={{ width: 140 }}
          options={Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))}
        />
        {list.data && (
          <Typography.Text type="secondary" style={{ alignSelf: "center" }}>
            {t("awards.total", { count: list.data.total })}
          </Typography.Text>
        )}
      </Flex>
      <ResponsiveTable<Commendation>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t("awards.noCommendations") }}
        rowSelection={
          canDecide
            ? {
                selectedRowKeys: selected.map((c) => c.id),
                onChange: (_keys, rows) => setSelected(rows),
                getCheckboxProps: (c) =>
                  ({ disabled: c.status !== "proposed", "data-testid": "commendation-check" }) as object,
              }
            : undefined
        }
        onRow={(c) => ({ "data-testid": "commendation-row", "data-status": c.status }) as object}
        columns={[
          {
            title: t("awards.recipient"),
            phone: "title",
            render: (_, c) => (
              <span>
                <strong>{c.memberName ?? c.orgUnitName}</strong>
                {c.memberName && <Typography.Text type="secondary"> · {c.orgUnitName}</Typography.Text>}
              </span>
            ),
          },
          { title: t("awards.form"), dataIndex: "formLabel" },
          { title: t("awards.basis"), render: (_, c) => basisText(c) },
          { title: t("awards.proposingUnit"), dataIndex: "proposingUnitName" },
          { title: t("awards.status"), render: (_, c) => <CommendationStatusTag status={c.status} /> },
          {
            title: t("awards.decision"),
            render: (_, c) =>
              c.status === "refused" ? (
                <Typography.Text type="secondary">{c.refusalReason}</Typography.Text>
              ) : c.status === "proposed" && canDecide ? (
                <Button size="small" danger onClick={() => setRefusing(c)} data-testid="refuse-open">
                  {t("awards.refuse")}
                </Button>
              ) : (
                decisionText(c)
              ),
          },
        ]}
      />
      {proposing && <ProposeModal onClose={() => setProposing(false)} />}
      {deciding && (
        <DecideModal
          selected={selected}
          onClose={() => {
            setDeciding(false);
            setSelected([]);
          }}
        />
      )}
      {refusing && <RefuseModal item={refusing} onClose={() => setRefusing(null)} />}
    </PageCard>
  );
}
