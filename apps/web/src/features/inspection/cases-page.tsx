import type { CaseKind, CaseListItem, CaseListQuery, CaseState } from "@dangvu/contract";
import { Button, Checkbox, Flex, Input, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission } from "../auth/auth.api";
import { CaseFormModal, caseKinds } from "./case-form";
import { downloadCases, useCases } from "./inspection.api";
import { recentYears } from "./inspection.model";
import { CaseStateTag, OverdueTag } from "./inspection-labels";
import { InspectionNav } from "./inspection-nav";
import { useDownload, usePagedFilter } from "./paged-list";

const states: CaseState[] = ["decided", "team_formed", "self_report", "verifying", "concluded", "notified", "closed"];
const pageSize = 20;

/** The cases of the units the user's inspection committee covers: filters, paging, the Excel list, a new case. */
export function CasesPage() {
  const { t } = useTranslation();
  const canWrite = useHasPermission("inspection.write");
  const { filter, set, pagination } = usePagedFilter<CaseListQuery>(pageSize);
  const [creating, setCreating] = useState(false);
  const list = useCases(filter);

  const excel = useDownload(() => downloadCases(filter));

  return (
    <PageCard
      title={t("inspection.tabs.cases")}
      data-testid="cases-page"
      actions={
        <>
          <Button onClick={() => void excel()} data-testid="cases-excel">
            {t("inspection.excel")}
          </Button>
          {canWrite && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="case-new">
              {t("inspection.newCase")}
            </Button>
          )}
        </>
      }
    >
      <InspectionNav />
      <Typography.Paragraph type="secondary">{t("inspection.confidential")}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} className="no-print">
        <Input.Search
          allowClear
          placeholder={t("inspection.search")}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 280, maxWidth: "100%" }}
          data-testid="cases-search"
        />
        <Select<CaseKind>
          allowClear
          placeholder={t("inspection.kind")}
          onChange={(kind) => set({ kind })}
          style={{ width: 240, maxWidth: "100%" }}
          options={caseKinds.map((k) => ({ value: k, label: t(`inspection.kinds.${k}`) }))}
        />
        <Select<CaseState>
          allowClear
          placeholder={t("inspection.state")}
          onChange={(state) => set({ state })}
          style={{ width: 220, maxWidth: "100%" }}
          options={states.map((s) => ({ value: s, label: t(`inspection.states.${s}`) }))}
        />
        <Select<number>
          allowClear
          placeholder={t("inspection.year")}
          onChange={(year) => set({ year })}
          style={{ width: 120 }}
          options={recentYears(new Date().getFullYear()).map((y) => ({ value: y, label: String(y) }))}
        />
        <Checkbox onChange={(e) => set({ overdue: e.target.checked ? "true" : undefined })} data-testid="cases-overdue">
          {t("inspection.onlyOverdue")}
        </Checkbox>
        {list.data && (
          <Typography.Text type="secondary" style={{ alignSelf: "center" }}>
            {t("inspection.total", { count: list.data.total })}
          </Typography.Text>
        )}
      </Flex>
      <ResponsiveTable<CaseListItem>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: list.isError ? list.error.message : t("inspection.noCases") }}
        pagination={pagination(list.data?.total)}
        onRow={(c) => ({ "data-testid": "case-row", "data-state": c.state }) as object}
        columns={[
          {
            title: t("inspection.title"),
            phone: "title",
            render: (_, c) => (
              <Link to={`/inspection/cases/${c.id}`}>
                <strong>{c.title}</strong>
              </Link>
            ),
          },
          { title: t("inspection.subjects"), dataIndex: "subjectNames", phone: "full" },
          { title: t("inspection.kind"), render: (_, c) => t(`inspection.kinds.${c.kind}`) },
          {
            title: t("inspection.decisionNo"),
            render: (_, c) => `${c.decisionNo} · ${formatDate(c.decidedOn)}`,
          },
          { title: t("inspection.unit"), dataIndex: "orgUnitName" },
          {
            title: t("inspection.state"),
            render: (_, c) => (
              <Flex gap={4} wrap>
                <CaseStateTag state={c.state} />
                <OverdueTag overdue={c.overdue} />
              </Flex>
            ),
          },
          { title: t("inspection.stepDueOn"), render: (_, c) => formatDate(c.stepDueOn) },
        ]}
      />
      {creating && <CaseFormModal onClose={() => setCreating(false)} />}
    </PageCard>
  );
}
