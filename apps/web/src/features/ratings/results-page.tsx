import type { LevelDistribution, RatingLevel, ResultRow, ResultTable } from "@dangvu/contract";
import { ratingLevels } from "@dangvu/contract";
import { App, Button, Card, Flex, InputNumber, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageCard } from "../../lib/page-card";
import { type ResponsiveColumn, ResponsiveTable } from "../../lib/responsive-table";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { downloadDecision, downloadResults, useCycles, useResults } from "./ratings.api";

type Row = Omit<ResultRow, "orgUnitId"> & { orgUnitId?: string };

/** Decided levels by unit and level for organisations and members, with the year before beside, and the exports. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || dayjs().year();
  const tree = useOrgTree();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  // The whole scope by default: the user's top unit.
  const orgUnitId = params.get("unit") ?? index.roots[0]?.id ?? "";
  const query = { year, orgUnitId };
  const results = useResults(query);
  const cycles = useCycles({ year });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  };
  return (
    <PageCard
      title={t("ratings.resultsTitle")}
      data-testid="rating-results-page"
      actions={
        <Button onClick={() => void run(() => downloadResults(query))} data-testid="results-xlsx">
          {t("ratings.exportXlsx")}
        </Button>
      }
    >
      <Link to="/ratings" className="no-print">
        ← {t("ratings.cycles")}
      </Link>
      <Typography.Paragraph type="secondary">{t("ratings.resultsHint")}</Typography.Paragraph>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center">
          <label htmlFor="results-year">{t("ratings.year")}</label>
          <InputNumber
            id="results-year"
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => value && set("year", String(value))}
            data-testid="results-year"
          />
        </Flex>
        <div style={{ minWidth: 240, flex: "1 1 240px", maxWidth: 420 }}>
          <UnitPicker
            index={index}
            value={orgUnitId}
            onChange={(value) => set("unit", value)}
            placeholder={t("ratings.filterUnit")}
            testId="results-unit"
          />
        </div>
      </Flex>
      {(cycles.data?.items.length ?? 0) > 0 && (
        <Flex vertical align="flex-start" gap={4} style={{ marginBottom: 12 }}>
          {cycles.data?.items.map((c) => (
            <Button
              key={c.id}
              type="link"
              style={{ whiteSpace: "normal", height: "auto", textAlign: "left", padding: 0 }}
              onClick={() => void run(() => downloadDecision(c.id))}
              data-testid="results-decision-docx"
            >
              {t("ratings.decisionDocx")}: {c.name} · {c.orgUnitName}
            </Button>
          ))}
        </Flex>
      )}
      <Flex vertical gap={16}>
        <DistributionTable
          title={t("ratings.orgsTable")}
          table={results.data?.orgs}
          loading={results.isPending}
          year={year}
          onUnit={(id) => set("unit", id)}
          testId="results-orgs"
        />
        <DistributionTable
          title={t("ratings.membersTable")}
          table={results.data?.members}
          loading={results.isPending}
          year={year}
          onUnit={(id) => set("unit", id)}
          testId="results-members"
        />
      </Flex>
    </PageCard>
  );
}

const percent = (share: number) => `${share.toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%`;

function LevelCell({
  current,
  previous,
  level,
  year,
}: {
  current: LevelDistribution;
  previous: LevelDistribution;
  level: RatingLevel;
  year: number;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical data-level={level}>
      <span data-testid="level-count">
        <strong>{current.counts[level]}</strong> · {percent(current.shares[level])}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("ratings.previousYear", { year: year - 1 })}: {previous.counts[level]} · {percent(previous.shares[level])}
      </Typography.Text>
    </Flex>
  );
}

function DistributionTable(props: {
  onUnit: (id: string) => void;
  title: string;
  table?: ResultTable;
  loading: boolean;
  year: number;
  testId: string;
}) {
  const { t } = useTranslation();
  const rows: Row[] = props.table
    ? [...props.table.rows, { ...props.table.total, orgUnitName: t("ratings.totalRow") }]
    : [];
  const columns: ResponsiveColumn<Row>[] = [
    {
      title: t("ratings.orgName"),
      phone: "title",
      render: (_, r) => {
        const id = r.orgUnitId;
        if (!id) return <strong>{r.orgUnitName}</strong>;
        // A unit's own row opens its units below.
        return (
          <Button
            type="link"
            style={{ padding: 0, whiteSpace: "normal", height: "auto", textAlign: "left" }}
            onClick={() => props.onUnit(id)}
          >
            {r.orgUnitName}
          </Button>
        );
      },
    },
    ...ratingLevels.map(
      (level): ResponsiveColumn<Row> => ({
        key: level,
        title: <Tooltip title={t(`ratingLevel.${level}`)}>{t(`ratingLevelShort.${level}`)}</Tooltip>,
        render: (_, r) => <LevelCell current={r.current} previous={r.previous} level={level} year={props.year} />,
      }),
    ),
    {
      key: "total",
      title: t("ratings.rated"),
      render: (_, r) => (
        <Flex vertical>
          <strong data-testid="total-count">{r.current.total}</strong>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("ratings.previousYear", { year: props.year - 1 })}: {r.previous.total}
          </Typography.Text>
        </Flex>
      ),
    },
  ];
  return (
    <Card size="small" title={props.title} data-testid={props.testId}>
      <ResponsiveTable<Row>
        rowKey={(r) => r.orgUnitId ?? "total"}
        size="small"
        loading={props.loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t("ratings.noResults") }}
        onRow={(r) => ({ "data-testid": r.orgUnitId ? "result-row" : "result-total" }) as object}
        columns={columns}
      />
    </Card>
  );
}
