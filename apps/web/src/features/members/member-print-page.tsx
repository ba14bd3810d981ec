import type { MemberListItem } from "@dangvu/contract";
import { Alert, Button, Flex, Skeleton, Typography } from "antd";
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatDate, todayIso } from "../../lib/dates";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { partyAgeText } from "./member-labels";
import { exportQuery, type ListQuery, listQueryFromParams, paramsFromListQuery } from "./member-list-query";
import { printRowLimit, useAllMembers } from "./members.api";
import "./member-print.css";

/**
 * The member list to print: every row of the current filter (not the page on screen) and every column, under a title
 * block naming the unit, the day and the filter, in a plain table that repeats its header on each printed page.
 */
export function MemberPrintPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = useMemo(() => exportQuery(listQueryFromParams(params)), [params]);
  const members = useAllMembers(query);
  const tree = useOrgTree();
  const unitName = query.orgUnitId ? indexTree(tree.data ?? []).byId.get(query.orgUnitId)?.name : undefined;
  const rows = members.data?.items ?? [];

  return (
    <div className="member-print" data-testid="member-print">
      <Flex gap={8} wrap className="no-print" style={{ marginBottom: 16 }}>
        <Link to={`/members?${paramsFromListQuery(query)}`}>← {t("members.backToList")}</Link>
        <Button type="primary" disabled={!members.isSuccess} onClick={() => window.print()} data-testid="print-now">
          {t("memberPrint.print")}
        </Button>
        <Typography.Text type="secondary">{t("memberPrint.hint")}</Typography.Text>
      </Flex>
      <header className="member-print-title">
        <h1>{t("memberPrint.title")}</h1>
        <p>{t("memberPrint.unit", { unit: unitName ?? t("memberPrint.allUnits") })}</p>
        <p>{t("memberPrint.date", { date: formatDate(todayIso()) })}</p>
        <p data-testid="print-filter">{t("memberPrint.filter", { filter: describeFilter(t, query) })}</p>
        {members.isSuccess && (
          <p data-testid="print-total" data-total={members.data.total}>
            {t("memberPrint.total", { count: members.data.total })}
          </p>
        )}
      </header>
      {members.isError && <Alert type="error" showIcon title={members.error.message} />}
      {members.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {members.isSuccess && members.data.total > printRowLimit && (
        <Alert type="warning" showIcon title={t("memberPrint.capped", { count: printRowLimit })} className="no-print" />
      )}
      {members.isSuccess && <PrintTable rows={rows} />}
    </div>
  );
}

function PrintTable({ rows }: { rows: readonly MemberListItem[] }) {
  const { t } = useTranslation();
  const headers = [
    t("memberPrint.n"),
    t("members.fullName"),
    t("member.sex"),
    t("members.birthDate"),
    t("members.cell"),
    t("members.status"),
    t("members.admissionDate"),
    t("members.partyAge"),
    t("members.cardNumber"),
    t("members.citizenId"),
  ];
  return (
    <table className="member-print-table" data-testid="print-table">
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((m, i) => (
          <tr key={m.id} data-testid="print-row">
            <td className="num">{i + 1}</td>
            <td>{m.fullName}</td>
            <td>{t(`sex.${m.sex}`)}</td>
            <td>{formatDate(m.birthDate)}</td>
            <td>{m.orgUnitName}</td>
            <td>{statusText(t, m)}</td>
            <td>{formatDate(m.admissionDecidedOn)}</td>
            <td>{m.partyAge.since ? partyAgeText(t, m.partyAge) : ""}</td>
            <td>{m.cardNumber ?? ""}</td>
            <td>{m.citizenId ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function statusText(t: TFunction, m: MemberListItem): string {
  const notes = [m.isExempt ? t("members.exemptNote") : "", m.temporaryElsewhere ? t("members.temporaryNote") : ""];
  return [t(`memberStatus.${m.status}`), ...notes.filter(Boolean)].join(", ");
}

/** The filter in words, as the title block of a printed list states it. */
export function describeFilter(t: TFunction, query: ListQuery): string {
  const range = (label: string, min?: number, max?: number) =>
    min === undefined && max === undefined ? "" : `${label} ${min ?? 0}–${max ?? "…"} ${t("members.years")}`;
  return [
    query.q ? t("memberPrint.search", { q: query.q }) : "",
    `${t("members.status")}: ${query.status ? t(`memberStatus.${query.status}`) : t("members.statusDefault")}`,
    query.sex ? `${t("members.sex")}: ${t(`sex.${query.sex}`)}` : "",
    range(t("members.age"), query.ageMin, query.ageMax),
    range(t("members.partyAge"), query.partyAgeMin, query.partyAgeMax),
    query.ethnicity ? `${t("members.ethnicity")}: ${query.ethnicity}` : "",
    query.generalEducation ? `${t("member.generalEducation")}: ${query.generalEducation}` : "",
    query.politicalTheoryLevel ? `${t("members.theory")}: ${t(`theoryLevel.${query.politicalTheoryLevel}`)}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}
