import type { ResidenceCommentRequest } from "@dangvu/contract";
import { Flex, InputNumber, Select, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useCommentRequests } from "./residence.api";
import { RequestStatusTag } from "./residence-labels";
import { requestPageSize, requestQueryOf, requestStatuses } from "./residence-requests-query";

/** Comment requests sent to residence cells in the user's subtree, a page at a time, overdue ones first and in red. */
export function ResidenceRequestsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = requestQueryOf(params, dayjs().year());
  const requests = useCommentRequests(query);
  // A change of filter starts again from the first page; filters and page live in the URL.
  const change = (key: "year" | "status" | "page", value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== "page") next.delete("page");
    setParams(next, { replace: key !== "page" });
  };
  return (
    <PageCard
      title={t("residence.pageTitle")}
      data-testid="residence-requests-page"
      actions={
        <Link to="/residence/follow-up" data-testid="residence-follow-up-link">
          {t("residence.followUp.open")}
        </Link>
      }
    >
      <Typography.Paragraph type="secondary">{t("residence.pageHint")}</Typography.Paragraph>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Space.Compact>
          <Space.Addon>
            <label htmlFor="residence-year">{t("residence.year")}</label>
          </Space.Addon>
          <InputNumber
            id="residence-year"
            min={2000}
            max={2100}
            value={params.get("year") ? Number(params.get("year")) || null : query.year}
            onChange={(year) => change("year", year ? String(year) : undefined)}
            data-testid="residence-year"
          />
        </Space.Compact>
        <Select
          allowClear
          placeholder={t("residence.allStatuses")}
          style={{ minWidth: 180 }}
          value={query.status}
          onChange={(status) => change("status", status)}
          options={requestStatuses.map((s) => ({ value: s, label: t(`residence.statuses.${s}`) }))}
          data-testid="residence-status"
        />
        {requests.data && (
          <Typography.Text type="secondary" style={{ alignSelf: "center" }}>
            {t("residence.count", { count: requests.data.total })}
          </Typography.Text>
        )}
      </Flex>
      <ResponsiveTable<ResidenceCommentRequest>
        rowKey="id"
        size="small"
        loading={requests.isPending}
        dataSource={requests.data?.items ?? []}
        pagination={{
          current: query.page,
          pageSize: requestPageSize,
          total: requests.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: (page) => change("page", page > 1 ? String(page) : undefined),
        }}
        onRow={(r) =>
          ({
            "data-testid": "residence-request-row",
            style: r.overdue ? { background: "#fff1f0" } : undefined,
          }) as object
        }
        columns={[
          {
            title: t("residence.member"),
            render: (_, r) => <Link to={`/members/${r.memberId}`}>{r.memberName}</Link>,
          },
          { title: t("residence.cell"), dataIndex: "orgUnitName" },
          { title: t("residence.orgName"), dataIndex: "residenceOrgName" },
          { title: t("residence.year"), dataIndex: "year", width: 80, phone: "hide" },
          { title: t("residence.requestedOn"), render: (_, r) => formatDate(r.requestedOn) },
          { title: t("residence.dueOn"), render: (_, r) => formatDate(r.dueOn) },
          { title: t("residence.status"), render: (_, r) => <RequestStatusTag request={r} /> },
          {
            title: t("residence.assessment"),
            render: (_, r) => (r.assessment ? t(`residence.assessments.${r.assessment}`) : "—"),
          },
        ]}
      />
    </PageCard>
  );
}
