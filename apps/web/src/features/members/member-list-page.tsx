import type { MemberListItem, MemberListQuery } from "@dangvu/contract";
import { Alert, App, Button, type TableProps, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree, isCellType } from "../org/org-tree.model";
import { MemberFilters } from "./member-filters";
import { CreateMemberModal } from "./member-forms";
import { MemberStatusTags, partyAgeText } from "./member-labels";
import {
  changeFilters,
  defaultPageSize,
  exportQuery,
  type ListQuery,
  listQueryFromParams,
  paramsFromListQuery,
  withListDefaults,
} from "./member-list-query";
import { useDownload, useMembers } from "./members.api";

type Sort = MemberListQuery["sort"];

/** The members in the user's scope: search, filters and paging in the URL, export of the current view. */
export function MemberListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => listQueryFromParams(params), [params]);
  const members = useMembers(withListDefaults(query));
  const tree = useOrgTree();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const canWrite = useHasPermission("member.write");
  const download = useDownload();
  const [creating, setCreating] = useState(false);

  const setQuery = useCallback(
    (next: ListQuery) => setParams(paramsFromListQuery(next), { replace: true }),
    [setParams],
  );
  const onFilters = useCallback(
    (changes: ListQuery) => setQuery(changeFilters(listQueryFromParams(params), changes)),
    [params, setQuery],
  );

  async function exportList() {
    try {
      await download.mutateAsync({ path: "/api/members/export", query: exportQuery(query) });
      void message.success(t("members.exported"));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  const onTableChange: TableProps<MemberListItem>["onChange"] = (pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = (one?.order ? one.columnKey : undefined) as Sort | undefined;
    if ((sort ?? "name") !== (query.sort ?? "name")) return setQuery({ ...query, sort, page: undefined });
    setQuery({ ...query, page: pagination.current, pageSize: pagination.pageSize });
  };

  const total = members.data?.total ?? 0;
  // A secretary of a single cell does not need the cell's name on every row.
  const oneCell = [...index.byId.values()].filter((u) => isCellType(u.type)).length <= 1;
  const sortOrder = (key: Sort) => ((query.sort ?? "name") === key ? ("ascend" as const) : null);
  const sortable = (key: Sort) => ({ sorter: true, sortOrder: sortOrder(key), sortDirections: ["ascend" as const] });

  return (
    <PageCard
      title={t("members.title")}
      actions={
        <>
          <Button onClick={() => void exportList()} loading={download.isPending} data-testid="export-members">
            {t("members.export")}
          </Button>
          <Link to={`/members/print?${paramsFromListQuery(exportQuery(query))}`}>
            <Button data-testid="print-members">{t("members.print")}</Button>
          </Link>
          {canWrite && (
            <>
              <Link to="/members/import">
                <Button data-testid="import-members">{t("members.import")}</Button>
              </Link>
              <Button type="primary" onClick={() => setCreating(true)} data-testid="create-member">
                {t("members.create")}
              </Button>
            </>
          )}
        </>
      }
    >
      <MemberFilters query={query} index={index} onChange={onFilters} onClear={() => setQuery({})} />
      {members.isError && <Alert type="error" showIcon title={members.error.message} style={{ marginBottom: 12 }} />}
      {/* The count shows once the list has come: "0 đảng viên" while loading would say the unit has none. */}
      {members.data && (
        <Typography.Paragraph strong data-testid="member-total" data-total={total}>
          {t(totalKey(query.status), { count: total })}
        </Typography.Paragraph>
      )}
      <ResponsiveTable<MemberListItem>
        rowKey="id"
        size="middle"
        loading={members.isPending || members.isFetching}
        dataSource={members.data?.items ?? []}
        onChange={onTableChange}
        onRow={(member) =>
          ({ "data-testid": "member-row", "data-member-id": member.id }) as HTMLAttributes<HTMLTableRowElement>
        }
        pagination={{
          current: query.page ?? 1,
          pageSize: query.pageSize ?? defaultPageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          hideOnSinglePage: total <= defaultPageSize,
        }}
        locale={{ emptyText: t("members.empty") }}
        scroll={{ x: oneCell ? 1030 : 1220 }}
        data-testid="member-table"
        columns={[
          {
            key: "name",
            title: t("members.fullName"),
            width: 210,
            fixed: "left",
            ...sortable("name"),
            render: (_, m) => (
              <Link to={`/members/${m.id}`} data-testid="member-name-link" style={{ fontWeight: 500 }}>
                {m.fullName}
              </Link>
            ),
          },
          {
            key: "birthDate",
            title: t("members.birthDate"),
            width: 120,
            ...sortable("birthDate"),
            render: (_, m) => formatDate(m.birthDate),
          },
          ...(oneCell
            ? []
            : [{ key: "unit", title: t("members.cell"), dataIndex: "orgUnitName", width: 190, ...sortable("unit") }]),
          { key: "status", title: t("members.status"), width: 180, render: (_, m) => <MemberStatusTags {...m} /> },
          {
            key: "admission",
            title: t("members.admissionDate"),
            width: 130,
            ...sortable("admission"),
            render: (_, m) => formatDate(m.admissionDecidedOn),
          },
          {
            key: "partyAge",
            title: t("members.partyAge"),
            width: 140,
            render: (_, m) => (m.partyAge.since ? partyAgeText(t, m.partyAge) : ""),
          },
          { key: "card", title: t("members.cardNumber"), dataIndex: "cardNumber", width: 120 },
          { key: "citizenId", title: t("members.citizenId"), dataIndex: "citizenId", width: 130 },
        ]}
      />
      <CreateMemberModal
        index={index}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(member) => void navigate(`/members/${member.id}`)}
      />
    </PageCard>
  );
}

/** "N đảng viên" only when the list holds party members alone; candidates and people who left are "người". */
function totalKey(status: ListQuery["status"]) {
  if (status === "candidate") return "members.totalCandidates" as const;
  if (status === undefined) return "members.totalPeople" as const;
  if (status === "left") return "members.totalLeft" as const;
  return "members.total" as const;
}
