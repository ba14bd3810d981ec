import type { AssessmentStatus, RatingCycleDetail, RatingSubjectType, StatusCounts } from "@dangvu/contract";
import { Alert, App, Button, Card, Descriptions, Flex, Select, Tabs, Tag } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { useHasPermission, useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree, isCellType } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { AnnounceModal } from "./announce-modal";
import { AssessmentDrawer } from "./assessment-drawer";
import { AssessmentTable, ExcludedTable } from "./assessment-table";
import { DecideBatchModal } from "./decide-batch-modal";
import { ProposeCellModal } from "./propose-cell-modal";
import { downloadDecision, useCycle } from "./ratings.api";
import { ratingWriteUnits } from "./ratings.model";
import { DueDate } from "./ratings-labels";

const statuses: AssessmentStatus[] = ["pending", "self_assessed", "proposed", "decided"];

/** One cycle: deadlines, progress, the members and organisations with their steps, and the actions each user has. */
export function CyclePage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const cycle = useCycle(id);
  const [params, setParams] = useSearchParams();
  const tab = (params.get("tab") ?? "member") as RatingSubjectType | "excluded";
  const status = (params.get("status") ?? undefined) as AssessmentStatus | undefined;
  const tree = useOrgTree();
  const me = useMe();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const writable = useMemo(() => ratingWriteUnits(me.data, index), [me.data, index]);
  const writableCells = [...writable].filter((u) => isCellType(index.byId.get(u)?.type ?? "cell"));
  // A secretary of one cell works on it without choosing.
  const unit = params.get("unit") ?? (writableCells.length === 1 && tree.data ? writableCells[0] : undefined);
  const [open, setOpen] = useState<string | undefined>();
  const [proposing, setProposing] = useState(false);
  const canWrite = useHasPermission("rating.write");
  const canDecide = useHasPermission("rating.decide");
  const [decidingBatch, setDecidingBatch] = useState(false);

  function setFilter(key: "unit" | "status" | "tab", value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  if (cycle.isPending) return <Card loading data-testid="cycle-loading" />;
  if (cycle.isError) return <Alert type="error" showIcon title={t("ratings.loadFailed")} />;
  const data = cycle.data;
  const unitIsWritableCell = Boolean(unit && writableCells.includes(unit));
  const filters = (
    <Flex gap={12} wrap style={{ marginBottom: 12 }}>
      <div style={{ minWidth: 240, flex: "1 1 240px", maxWidth: 420 }}>
        <UnitPicker
          index={index}
          value={unit}
          onChange={(value) => setFilter("unit", value)}
          placeholder={t("ratings.filterUnit")}
          testId="cycle-unit-filter"
        />
      </div>
      {tab !== "excluded" && (
        <Select<AssessmentStatus>
          allowClear
          value={status}
          onChange={(value) => setFilter("status", value)}
          placeholder={t("ratings.filterStatus")}
          style={{ minWidth: 200 }}
          data-testid="cycle-status-filter"
          options={statuses.map((s) => ({ value: s, label: t(`ratingStatus.${s}`) }))}
        />
      )}
      {tab === "member" && canWrite && unitIsWritableCell && (
        <Button type="primary" onClick={() => setProposing(true)} data-testid="propose-cell">
          {t("ratings.proposeCell")}
        </Button>
      )}
      {tab === "member" && canDecide && data.status === "open" && (
        <Button onClick={() => setDecidingBatch(true)} data-testid="decide-batch">
          {t("ratings.decideBatch")}
        </Button>
      )}
    </Flex>
  );
  const excludedCount = data.counts.member.excluded;
  return (
    <PageCard title={data.name} data-testid="cycle-page" actions={<CycleActions cycle={data} unit={unit} />}>
      <Link to="/ratings" className="no-print">
        ← {t("ratings.cycles")}
      </Link>
      <CycleFacts cycle={data} />
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          // A status of members' steps means nothing for organisations: a new tab starts unfiltered by status.
          const next = new URLSearchParams(params);
          if (key === "member") next.delete("tab");
          else next.set("tab", key);
          next.delete("status");
          setParams(next, { replace: true });
        }}
        items={[
          { key: "member", label: `${t("ratings.members")} (${totalOf(data.counts.member) - excludedCount})` },
          { key: "org", label: `${t("ratings.orgs")} (${totalOf(data.counts.org)})` },
          { key: "excluded", label: t("ratings.excluded", { count: excludedCount }) },
        ]}
      />
      {filters}
      {tab === "excluded" ? (
        <ExcludedTable cycle={data} unit={unit} />
      ) : (
        <AssessmentTable
          key={`${tab}-${unit}-${status}`}
          cycle={data}
          subjectType={tab}
          unit={unit}
          status={status}
          onOpen={setOpen}
        />
      )}
      {open && <AssessmentDrawer id={open} onClose={() => setOpen(undefined)} />}
      {decidingBatch && <DecideBatchModal cycle={data} unit={unit} onClose={() => setDecidingBatch(false)} />}
      {proposing && unit && <ProposeCellModal cycle={data} cellId={unit} onClose={() => setProposing(false)} />}
    </PageCard>
  );
}

const totalOf = (counts: StatusCounts) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The cycle's unit, kind, judging day, each step's deadline, and the progress of members and organisations. */
function CycleFacts({ cycle }: { cycle: RatingCycleDetail }) {
  const { t } = useTranslation();
  const open = cycle.status === "open";
  const progress = (counts: StatusCounts, subject: RatingSubjectType) => (
    <Flex gap={4} wrap data-testid={`progress-${subject}`}>
      {statuses.map((s) => (
        <Tag key={s} data-status={s} data-count={counts[s]}>
          {t(`ratingStatus.${s}`)}: <strong>{counts[s]}</strong>
        </Tag>
      ))}
    </Flex>
  );
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      style={{ margin: "12px 0" }}
      data-testid="cycle-facts"
      items={[
        { key: "unit", label: t("ratings.unit"), children: cycle.orgUnitName },
        {
          key: "kind",
          label: t("ratings.kind"),
          children: (
            <>
              {t(`cycleKind.${cycle.kind}`)} · {t(`ratings.cycleStatus.${cycle.status}`)}
            </>
          ),
        },
        { key: "ref", label: t("ratings.referenceDate"), children: formatDate(cycle.referenceDate) },
        { key: "self", label: t("ratings.selfDueOn"), children: <DueDate on={cycle.selfDueOn} open={open} /> },
        {
          key: "proposal",
          label: t("ratings.proposalDueOn"),
          children: <DueDate on={cycle.proposalDueOn} open={open} />,
        },
        {
          key: "decision",
          label: t("ratings.decisionDueOn"),
          children: <DueDate on={cycle.decisionDueOn} open={open} />,
        },
        { key: "pm", label: t("ratings.members"), span: "filled", children: progress(cycle.counts.member, "member") },
        { key: "po", label: t("ratings.orgs"), span: "filled", children: progress(cycle.counts.org, "org") },
      ]}
    />
  );
}

/** The decision (.docx) and, for a deciding body, the announcement. */
function CycleActions({ cycle, unit }: { cycle: RatingCycleDetail; unit?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canDecide = useHasPermission("rating.decide");
  const [announcing, setAnnouncing] = useState(false);
  const download = async () => {
    try {
      await downloadDecision(cycle.id, unit);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  };
  return (
    <>
      <Button onClick={() => void download()} data-testid="decision-docx">
        {t("ratings.decisionDocx")}
      </Button>
      {canDecide && (
        <Button onClick={() => setAnnouncing(true)} disabled={cycle.unannounced === 0} data-testid="announce">
          {t("ratings.announce")}
          {cycle.unannounced > 0 && ` (${cycle.unannounced})`}
        </Button>
      )}
      {announcing && <AnnounceModal cycle={cycle} onClose={() => setAnnouncing(false)} />}
    </>
  );
}
