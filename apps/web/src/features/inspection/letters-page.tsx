import type { LetterKind, LetterListItem, LetterListQuery, LetterStatus } from "@dangvu/contract";
import { Button, Checkbox, Flex, Input, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission } from "../auth/auth.api";
import { downloadLetters, useLetters } from "./inspection.api";
import { recentYears } from "./inspection.model";
import { LetterStatusTag, OverdueTag } from "./inspection-labels";
import { InspectionNav } from "./inspection-nav";
import { letterKinds, ReceiveLetterModal } from "./letter-forms";
import { useDownload, usePagedFilter } from "./paged-list";

const statuses: LetterStatus[] = ["received", "in_progress", "forwarded", "resolved", "filed"];
const pageSize = 20;

/** The letters received by the inspection committees the user sits on: filters, paging, Excel, a new letter. */
export function LettersPage() {
  const { t } = useTranslation();
  const canWrite = useHasPermission("inspection.write");
  const { filter, set, pagination } = usePagedFilter<LetterListQuery>(pageSize);
  const [receiving, setReceiving] = useState(false);
  const list = useLetters(filter);

  const excel = useDownload(() => downloadLetters(filter));

  return (
    <PageCard
      title={t("letters.title")}
      data-testid="letters-page"
      actions={
        <>
          <Button onClick={() => void excel()} data-testid="letters-excel">
            {t("inspection.excel")}
          </Button>
          {canWrite && (
            <Button type="primary" onClick={() => setReceiving(true)} data-testid="letter-new">
              {t("letters.receive")}
            </Button>
          )}
        </>
      }
    >
      <InspectionNav />
      <Typography.Paragraph type="secondary">{t("letters.hint")}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t("letters.search")}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 260, maxWidth: "100%" }}
        />
        <Select<LetterKind>
          allowClear
          placeholder={t("letters.kind")}
          onChange={(kind) => set({ kind })}
          style={{ width: 180 }}
          options={letterKinds.map((k) => ({ value: k, label: t(`letters.kinds.${k}`) }))}
        />
        <Select<LetterStatus>
          allowClear
          placeholder={t("letters.status")}
          onChange={(status) => set({ status })}
          style={{ width: 180 }}
          options={statuses.map((s) => ({ value: s, label: t(`letters.statuses.${s}`) }))}
        />
        <Select<number>
          allowClear
          placeholder={t("inspection.year")}
          onChange={(year) => set({ year })}
          style={{ width: 120 }}
          options={recentYears(new Date().getFullYear()).map((y) => ({ value: y, label: String(y) }))}
        />
        <Checkbox onChange={(e) => set({ overdue: e.target.checked ? "true" : undefined })}>
          {t("inspection.onlyOverdue")}
        </Checkbox>
        {list.data && (
          <Typography.Text type="secondary" style={{ alignSelf: "center" }}>
            {t("letters.total", { count: list.data.total })}
          </Typography.Text>
        )}
      </Flex>
      <ResponsiveTable<LetterListItem>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: list.isError ? list.error.message : t("letters.noLetters") }}
        pagination={pagination(list.data?.total)}
        onRow={(l) => ({ "data-testid": "letter-row", "data-status": l.status }) as object}
        columns={[
          {
            title: t("letters.summary"),
            phone: "title",
            render: (_, l) => (
              <Link to={`/inspection/letters/${l.id}`}>
                <strong>{t(`letters.kinds.${l.kind}`)}</strong> · {l.summary}
              </Link>
            ),
          },
          { title: t("letters.receivedOn"), render: (_, l) => formatDate(l.receivedOn) },
          {
            title: t("letters.identity"),
            render: (_, l) => l.senderName ?? t(`letters.identities.${l.identity}`),
          },
          { title: t("inspection.unit"), dataIndex: "orgUnitName" },
          {
            title: t("letters.status"),
            render: (_, l) => (
              <Flex gap={4} wrap>
                <LetterStatusTag status={l.status} />
                <OverdueTag overdue={l.overdue} />
              </Flex>
            ),
          },
          { title: t("letters.dueOn"), render: (_, l) => formatDate(l.dueOn) },
        ]}
      />
      {receiving && <ReceiveLetterModal onClose={() => setReceiving(false)} />}
    </PageCard>
  );
}
