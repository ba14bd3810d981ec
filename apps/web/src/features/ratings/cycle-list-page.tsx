import type { CreateCycleInput, RatingCycle, RatingCycleKind } from "@dangvu/contract";
import { Button, DatePicker, Form, Input, InputNumber, Select, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { displayDateFormat, formatDate, optionalIso, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission, useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree, type TreeIndex } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useCreateCycle, useCycles } from "./ratings.api";
import { ratingDecideUnits } from "./ratings.model";

/** The review cycles the user can see, newest first, and the form that opens one. */
export function CycleListPage() {
  const { t } = useTranslation();
  const cycles = useCycles({});
  const canDecide = useHasPermission("rating.decide");
  const [opening, setOpening] = useState(false);
  const rows = [...(cycles.data?.items ?? [])].sort(
    (a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <PageCard
      title={t("ratings.cycles")}
      data-testid="rating-cycles-page"
      actions={
        <>
          <Link to="/ratings/results">
            <Button data-testid="rating-results-link">{t("ratings.results")}</Button>
          </Link>
          {canDecide && (
            <Button type="primary" onClick={() => setOpening(true)} data-testid="open-cycle">
              {t("ratings.open")}
            </Button>
          )}
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t("ratings.cyclesHint")}</Typography.Paragraph>
      <ResponsiveTable<RatingCycle>
        rowKey="id"
        size="small"
        loading={cycles.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t("ratings.noCycles") }}
        onRow={(c) => ({ "data-testid": "cycle-row", "data-cycle-id": c.id }) as object}
        columns={[
          {
            title: t("ratings.name"),
            phone: "title",
            render: (_, c) => <Link to={`/ratings/${c.id}`}>{c.name}</Link>,
          },
          { title: t("ratings.unit"), dataIndex: "orgUnitName" },
          { title: t("ratings.kind"), render: (_, c) => t(`cycleKind.${c.kind}`) },
          { title: t("ratings.referenceDate"), render: (_, c) => formatDate(c.referenceDate) },
          { title: t("ratings.decisionDueOn"), render: (_, c) => formatDate(c.decisionDueOn) },
          {
            title: t("ratings.status"),
            render: (_, c) => (
              <Tag color={c.status === "open" ? "blue" : "default"}>{t(`ratings.cycleStatus.${c.status}`)}</Tag>
            ),
          },
        ]}
      />
      {opening && <OpenCycleModal onClose={() => setOpening(false)} />}
    </PageCard>
  );
}

interface CycleValues {
  orgUnitId: string;
  kind: RatingCycleKind;
  year: number;
  quarter?: number;
  name?: string;
  referenceDate: Dayjs;
  selfDueOn?: Dayjs;
  proposalDueOn?: Dayjs;
  decisionDueOn?: Dayjs;
}

/** Committees (not cells) where the user may decide: the units a cycle can be run for. */
function useCommitteeChoices(): { index: TreeIndex; allowed: Set<string> } {
  const tree = useOrgTree();
  const me = useMe();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const allowed = useMemo(() => {
    const units = ratingDecideUnits(me.data, index);
    return new Set(
      [...units].filter((id) => {
        const type = index.byId.get(id)?.type;
        return type !== undefined && type !== "cell" && type !== "party_group";
      }),
    );
  }, [me.data, index]);
  return { index, allowed };
}

/** Opens a cycle: who is reviewed is fixed on the judging day; the due dates default to the committee's setting. */
function OpenCycleModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreateCycle();
  const navigate = useNavigate();
  const { index, allowed } = useCommitteeChoices();
  const year = dayjs().year();
  const only = allowed.size === 1 ? [...allowed][0] : undefined;
  return (
    <FormModal<CycleValues>
      open
      title={t("ratings.open")}
      okText={t("ratings.open")}
      successMessage={t("ratings.opened")}
      initialValues={{ kind: "year", year, referenceDate: dayjs(`${year}-12-31`), orgUnitId: only }}
      onSubmit={async (values) => {
        const input: CreateCycleInput = {
          orgUnitId: values.orgUnitId,
          kind: values.kind,
          year: values.year,
          quarter: values.kind === "quarter" ? values.quarter : undefined,
          name: values.name?.trim() || undefined,
          referenceDate: toIsoDate(values.referenceDate),
          selfDueOn: optionalIso(values.selfDueOn),
          proposalDueOn: optionalIso(values.proposalDueOn),
          decisionDueOn: optionalIso(values.decisionDueOn),
        };
        const cycle = await create.mutateAsync(input);
        void navigate(`/ratings/${cycle.id}`);
      }}
      onClose={onClose}
      testId="open-cycle-form"
    >
      <Form.Item name="orgUnitId" label={t("ratings.unit")} rules={[required]}>
        <UnitPicker index={index} isDisabled={(node) => !allowed.has(node.id)} testId="cycle-unit" />
      </Form.Item>
      <Form.Item name="kind" label={t("ratings.kind")} rules={[required]}>
        <Select
          data-testid="cycle-kind"
          options={(["year", "quarter", "term", "ad_hoc"] as const).map((k) => ({
            value: k,
            label: t(`cycleKind.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="year" label={t("ratings.year")} rules={[required]}>
        <InputNumber min={2000} max={2100} data-testid="cycle-year" />
      </Form.Item>
      <Form.Item noStyle dependencies={["kind"]}>
        {({ getFieldValue }) =>
          getFieldValue("kind") === "quarter" && (
            <Form.Item name="quarter" label={t("ratings.quarter")} rules={[required]}>
              <Select options={[1, 2, 3, 4].map((q) => ({ value: q, label: String(q) }))} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="name" label={`${t("ratings.name")} (${t("common.optional")})`}>
        <Input maxLength={200} data-testid="cycle-name" />
      </Form.Item>
      <Form.Item
        name="referenceDate"
        label={t("ratings.referenceDate")}
        extra={t("ratings.referenceHint")}
        rules={[required]}
      >
        <DatePicker format={displayDateFormat} data-testid="cycle-reference" />
      </Form.Item>
      {(["selfDueOn", "proposalDueOn", "decisionDueOn"] as const).map((name) => (
        <Form.Item key={name} name={name} label={`${t(`ratings.${name}`)} (${t("common.optional")})`}>
          <DatePicker format={displayDateFormat} data-testid={`cycle-${name}`} />
        </Form.Item>
      ))}
    </FormModal>
  );
}
