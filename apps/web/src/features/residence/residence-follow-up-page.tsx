import type { ResidenceFollowUp, ResidenceMemberRow } from "@dangvu/contract";
import { App, Button, Card, Empty, Flex, InputNumber, Tabs, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { formatDate, toIsoDate } from "../../lib/dates";
import { FormModal } from "../../lib/forms";
import { PageCard } from "../../lib/page-card";
import { type ResponsiveColumn, ResponsiveTable } from "../../lib/responsive-table";
import { useOrgTree } from "../org/org.api";
import { indexTree, isCellType } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import type { LettersState } from "./comment-letters-page";
import { downloadFollowUp, useRequestForCell, useResidenceFollowUp } from "./residence.api";
import { DateField } from "./residence-forms";

/**
 * The residence follow-up (Quy định 213-QĐ/TW): the members not yet asked for this year's comment, with the one
 * action that asks for a whole cell, and the members not yet registered at their place of residence, to Excel.
 */
export function ResidenceFollowUpPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: ResidenceFollowUp = params.get("tab") === "unregistered" ? "unregistered" : "unrequested";
  const tree = useOrgTree();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const cells = [...index.byId.values()].filter((u) => isCellType(u.type));
  const [chosen, setChosen] = useState<string | undefined>();
  // A secretary who sees one cell works on it without choosing.
  const orgUnitId = chosen ?? (cells.length === 1 ? cells[0]?.id : undefined);
  const [year, setYear] = useState(dayjs().year());
  // The lists wait for the tree, which decides the unit they are for.
  if (tree.isPending) return <Card loading data-testid="residence-follow-up-loading" />;
  return (
    <PageCard title={t("residence.followUp.title")} data-testid="residence-follow-up-page">
      <Link to="/residence" className="no-print">
        ← {t("residence.followUp.toRequests")}
      </Link>
      <Flex gap={12} wrap style={{ marginBottom: 8 }} className="no-print">
        <div style={{ minWidth: 260, flex: "1 1 260px", maxWidth: 420 }}>
          <UnitPicker
            index={index}
            value={orgUnitId}
            onChange={setChosen}
            placeholder={t("residence.followUp.allUnits")}
            testId="follow-up-unit"
          />
        </div>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          {
            key: "unrequested",
            label: t("residence.followUp.unrequestedTab"),
            children: (
              <Unrequested
                orgUnitId={orgUnitId}
                isCell={Boolean(orgUnitId && cells.some((c) => c.id === orgUnitId))}
                year={year}
                onYear={setYear}
              />
            ),
          },
          {
            key: "unregistered",
            label: t("residence.followUp.unregisteredTab"),
            children: <Unregistered orgUnitId={orgUnitId} />,
          },
        ]}
      />
    </PageCard>
  );
}

function Unrequested(props: { orgUnitId?: string; isCell: boolean; year: number; onYear: (year: number) => void }) {
  const { t } = useTranslation();
  const list = useResidenceFollowUp({ missing: "unrequested", orgUnitId: props.orgUnitId, year: props.year });
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Typography.Paragraph type="secondary">{t("residence.followUp.unrequestedHint")}</Typography.Paragraph>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center">
          <label htmlFor="follow-up-year">{t("residence.year")}</label>
          <InputNumber
            id="follow-up-year"
            min={2000}
            max={2100}
            value={props.year}
            onChange={(value) => value && props.onYear(value)}
            data-testid="follow-up-year"
          />
        </Flex>
        <Button
          type="primary"
          disabled={!props.isCell || !list.data?.length}
          onClick={() => setAsking(true)}
          data-testid="request-for-cell"
        >
          {t("residence.followUp.askCell", { year: props.year })}
        </Button>
        {!props.isCell && <Typography.Text type="secondary">{t("residence.followUp.pickCell")}</Typography.Text>}
      </Flex>
      <MemberTable rows={list.data} loading={list.isPending} missing="unrequested" />
      {asking && props.orgUnitId && (
        <CellRequestModal orgUnitId={props.orgUnitId} year={props.year} onClose={() => setAsking(false)} />
      )}
    </>
  );
}

function Unregistered({ orgUnitId }: { orgUnitId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useResidenceFollowUp({ missing: "unregistered", orgUnitId });
  const exportList = async () => {
    try {
      await downloadFollowUp({ missing: "unregistered", orgUnitId });
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{t("residence.followUp.unregisteredHint")}</Typography.Paragraph>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Button onClick={() => void exportList()} disabled={!list.data?.length} data-testid="follow-up-export">
          {t("residence.followUp.export")}
        </Button>
        {list.data && (
          <Typography.Text type="secondary">
            {t("residence.followUp.count", { count: list.data.length })}
          </Typography.Text>
        )}
      </Flex>
      <MemberTable rows={list.data} loading={list.isPending} missing="unregistered" />
    </>
  );
}

function MemberTable(props: { rows?: ResidenceMemberRow[]; loading: boolean; missing: ResidenceFollowUp }) {
  const { t } = useTranslation();
  const extra: ResponsiveColumn<ResidenceMemberRow>[] =
    props.missing === "unrequested"
      ? [
          { title: t("residence.orgName"), dataIndex: "residenceOrgName" },
          { title: t("residence.address"), dataIndex: "address" },
        ]
      : [
          {
            title: t("residence.followUp.lastEnded"),
            render: (_, r) => (r.lastEndedOn ? formatDate(r.lastEndedOn) : ""),
          },
        ];
  return (
    <ResponsiveTable<ResidenceMemberRow>
      rowKey="memberId"
      size="small"
      loading={props.loading}
      dataSource={props.rows ?? []}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t(`residence.followUp.empty.${props.missing}`)} /> }}
      onRow={() => ({ "data-testid": "follow-up-row" }) as object}
      columns={[
        { title: t("residence.followUp.number"), width: 56, phone: "hide", render: (_, __, i) => i + 1 },
        {
          title: t("residence.member"),
          phone: "title",
          render: (_, r) => <Link to={`/members/${r.memberId}`}>{r.memberName}</Link>,
        },
        { title: t("residence.cell"), dataIndex: "orgUnitName" },
        ...extra,
      ]}
    />
  );
}

/** Asks for the year's comment on every member of the cell in the list, then opens their letters. */
function CellRequestModal(props: { orgUnitId: string; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const ask = useRequestForCell();
  const navigate = useNavigate();
  return (
    <FormModal<{ dueOn: Dayjs }>
      open
      title={t("residence.followUp.askTitle", { year: props.year })}
      okText={t("residence.followUp.askOk")}
      initialValues={{ dueOn: dayjs().add(30, "day") }}
      onSubmit={async (values) => {
        const result = await ask.mutateAsync({
          orgUnitId: props.orgUnitId,
          year: props.year,
          dueOn: toIsoDate(values.dueOn),
        });
        const state: LettersState = result;
        void navigate("/residence/letters", { state });
      }}
      onClose={props.onClose}
      testId="cell-request-form"
    >
      <Typography.Paragraph>{t("residence.followUp.askExplain")}</Typography.Paragraph>
      <DateField name="dueOn" label={t("residence.dueOn")} future />
    </FormModal>
  );
}
