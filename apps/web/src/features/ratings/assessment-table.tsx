import type { Assessment, AssessmentStatus, RatingCycleDetail, RatingSubjectType } from "@dangvu/contract";
import { Button, Flex, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type ResponsiveColumn, ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission, useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { useAssessments } from "./ratings.api";
import { ratingWriteUnits } from "./ratings.model";
import { LevelTag, StatusTag } from "./ratings-labels";

const pageSize = 50;

interface TableProps {
  cycle: RatingCycleDetail;
  subjectType: RatingSubjectType;
  unit?: string;
  status?: AssessmentStatus;
  onOpen: (id: string) => void;
}

/** The label of a row's button: the step the user would most likely take next (the drawer offers what the server allows). */
function useNextStep() {
  const canDecide = useHasPermission("rating.decide");
  const tree = useOrgTree();
  const me = useMe();
  const writable = useMemo(() => ratingWriteUnits(me.data, indexTree(tree.data ?? [])), [me.data, tree.data]);
  return (a: Assessment): "decide" | "propose" | "self" | "view" => {
    if (
      canDecide &&
      ((a.subjectType === "member" && a.status === "proposed") ||
        (a.subjectType === "org" && a.status === "self_assessed"))
    )
      return "decide";
    if (a.subjectType === "member" && a.status === "self_assessed" && writable.has(a.orgUnitId)) return "propose";
    if (a.status === "pending" && writable.has(a.orgUnitId)) return "self";
    return "view";
  };
}

/** A cycle's members or organisations with each step: self-assessment, the cell's proposal and vote, the decision. */
export function AssessmentTable({ cycle, subjectType, unit, status, onOpen }: TableProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useAssessments(cycle.id, { subjectType, orgUnitId: unit, status, page, pageSize });
  const next = useNextStep();
  const columns: ResponsiveColumn<Assessment>[] = [
    {
      title: subjectType === "member" ? t("ratings.subject") : t("ratings.orgName"),
      phone: "title",
      render: (_, a) =>
        a.memberId ? <Link to={`/members/${a.memberId}`}>{a.subjectName}</Link> : <strong>{a.subjectName}</strong>,
    },
    ...(subjectType === "member"
      ? [{ title: t("ratings.cell"), dataIndex: "orgUnitName" } as ResponsiveColumn<Assessment>]
      : []),
    { title: t("ratings.status"), render: (_, a) => <StatusTag status={a.status} /> },
    {
      title: t("ratings.self"),
      render: (_, a) =>
        a.selfLevel && (
          <Flex vertical gap={2}>
            <LevelTag level={a.selfLevel} testId="self-level" />
            {a.selfTotal !== null && (
              <Typography.Text type="secondary">{t("ratings.points", { total: a.selfTotal })}</Typography.Text>
            )}
          </Flex>
        ),
    },
    ...(subjectType === "member"
      ? [
          {
            title: t("ratings.proposal"),
            render: (_, a) =>
              a.proposedLevel && (
                <Flex vertical gap={2}>
                  <LevelTag level={a.proposedLevel} testId="proposed-level" />
                  {a.proposalVote && (
                    <Typography.Text type="secondary">{t("ratings.vote", a.proposalVote)}</Typography.Text>
                  )}
                </Flex>
              ),
          } as ResponsiveColumn<Assessment>,
        ]
      : []),
    {
      title: t("ratings.decision"),
      render: (_, a) =>
        a.decidedLevel && (
          <Flex vertical gap={2}>
            <LevelTag level={a.decidedLevel} testId="decided-level" />
            {a.decidedByUnitName && (
              <Typography.Text type="secondary">
                {t("ratings.decisionBy", { unit: a.decidedByUnitName })}
              </Typography.Text>
            )}
          </Flex>
        ),
    },
    {
      key: "actions",
      render: (_, a) => {
        const step = next(a);
        const label = {
          decide: t("ratings.decide"),
          propose: t("ratings.propose"),
          self: t("ratings.recordSelf"),
          view: t("ratings.view"),
        }[step];
        return (
          <Button
            size="small"
            type={step === "view" ? "default" : "primary"}
            onClick={() => onOpen(a.id)}
            data-testid={`open-assessment-${step}`}
          >
            {label}
          </Button>
        );
      },
    },
  ];
  return (
    <ResponsiveTable<Assessment>
      rowKey="id"
      size="small"
      loading={list.isPending}
      dataSource={list.data?.items ?? []}
      columns={columns}
      onRow={(a) =>
        ({ "data-testid": "assessment-row", "data-status": a.status, "data-name": a.subjectName }) as object
      }
      pagination={{
        current: page,
        pageSize,
        total: list.data?.total ?? 0,
        onChange: setPage,
        showSizeChanger: false,
        hideOnSinglePage: true,
      }}
    />
  );
}

/** Members left out of the cycle, each with the reason (domain.md §5.4). */
export function ExcludedTable({ cycle, unit }: { cycle: RatingCycleDetail; unit?: string }) {
  const { t } = useTranslation();
  const list = useAssessments(cycle.id, { subjectType: "member", orgUnitId: unit, status: "excluded", pageSize: 200 });
  return (
    <>
      <Typography.Paragraph type="secondary">{t("ratings.excludedHint")}</Typography.Paragraph>
      <ResponsiveTable<Assessment>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        onRow={() => ({ "data-testid": "excluded-row" }) as object}
        columns={[
          {
            title: t("ratings.subject"),
            phone: "title",
            render: (_, a) => (a.memberId ? <Link to={`/members/${a.memberId}`}>{a.subjectName}</Link> : a.subjectName),
          },
          { title: t("ratings.cell"), dataIndex: "orgUnitName" },
          {
            title: t("ratings.status"),
            render: (_, a) => (a.excludedReason ? t(`excludedReason.${a.excludedReason}`) : ""),
          },
        ]}
      />
    </>
  );
}
