import type { DisciplineListItem, DisciplineListQuery, DisciplineStatus } from "@dangvu/contract";
import { Button, Flex, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission } from "../auth/auth.api";
import { ProposeDisciplineModal } from "./discipline-forms";
import { useDisciplines } from "./inspection.api";
import { recentYears } from "./inspection.model";
import { DisciplineStatusTag } from "./inspection-labels";
import { InspectionNav } from "./inspection-nav";
import { usePagedFilter } from "./paged-list";

const pageSize = 20;

/** Proposals and decisions of discipline within the user's reach, with a new proposal. */
export function DisciplinePage() {
  const { t } = useTranslation();
  const canWrite = useHasPermission("inspection.write");
  const { filter, set, pagination } = usePagedFilter<DisciplineListQuery>(pageSize);
  const [proposing, setProposing] = useState(false);
  const list = useDisciplines(filter);
  return (
    <PageCard
      title={t("discipline.title")}
      data-testid="discipline-page"
      actions={
        canWrite && (
          <Button type="primary" onClick={() => setProposing(true)} data-testid="discipline-new">
            {t("discipline.propose")}
          </Button>
        )
      }
    >
      <InspectionNav />
      <Typography.Paragraph type="secondary">{t("discipline.hint")}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select<DisciplineStatus>
          allowClear
          placeholder={t("discipline.status")}
          onChange={(status) => set({ status })}
          style={{ width: 180 }}
          options={(["proposed", "decided", "not_disciplined"] as const).map((s) => ({
            value: s,
            label: t(`discipline.statuses.${s}`),
          }))}
        />
        <Select<number>
          allowClear
          placeholder={t("inspection.year")}
          onChange={(year) => set({ year })}
          style={{ width: 120 }}
          options={recentYears(new Date().getFullYear()).map((y) => ({ value: y, label: String(y) }))}
        />
        {list.data && (
          <Typography.Text type="secondary" style={{ alignSelf: "center" }}>
            {t("discipline.total", { count: list.data.total })}
          </Typography.Text>
        )}
      </Flex>
      <ResponsiveTable<DisciplineListItem>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: list.isError ? list.error.message : t("discipline.noRecords") }}
        pagination={pagination(list.data?.total)}
        onRow={(d) => ({ "data-testid": "discipline-row", "data-status": d.status }) as object}
        columns={[
          {
            title: t("discipline.subject"),
            phone: "title",
            render: (_, d) => (
              <Link to={`/inspection/discipline/${d.id}`}>
                <strong>{d.memberName ?? d.subjectUnitName}</strong>
                {d.memberName && <Typography.Text type="secondary"> · {d.subjectUnitName}</Typography.Text>}
              </Link>
            ),
          },
          { title: t("discipline.violation"), dataIndex: "violation", phone: "full", ellipsis: true },
          { title: t("discipline.proposedForm"), render: (_, d) => t(`discipline.forms.${d.proposedForm}`) },
          {
            title: t("discipline.decidingBody"),
            render: (_, d) => `${t(`discipline.bodies.${d.decidingBody}`)} · ${d.orgUnitName}`,
          },
          {
            title: t("discipline.status"),
            render: (_, d) => (
              <Flex gap={4} wrap>
                <DisciplineStatusTag status={d.status} />
                {d.form && <span>{t(`discipline.forms.${d.form}`)}</span>}
              </Flex>
            ),
          },
          {
            title: t("discipline.decisionNo"),
            render: (_, d) => (d.decisionNo ? `${d.decisionNo} · ${formatDate(d.decidedOn)}` : ""),
          },
        ]}
      />
      {proposing && <ProposeDisciplineModal onClose={() => setProposing(false)} />}
    </PageCard>
  );
}
