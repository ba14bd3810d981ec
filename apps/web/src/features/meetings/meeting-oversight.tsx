import { Alert, Collapse, List, Tag } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { ResponsiveTable } from "../../lib/responsive-table";
import { QualityLevelTag } from "./meeting-labels";
import { useMeetingAlerts, useYearlyRatings } from "./meetings.api";

/** What a committee watches: cells without this month's or this quarter's meetings, repeated absences, yearly ratings. */
export function MeetingOversight({ orgUnitId }: { orgUnitId?: string }) {
  const { t } = useTranslation();
  const year = dayjs().year();
  const alerts = useMeetingAlerts(orgUnitId);
  const ratings = useYearlyRatings(year, orgUnitId);
  const count = alerts.data?.length ?? 0;
  return (
    <Collapse
      className="no-print"
      style={{ marginBottom: 12 }}
      items={[
        {
          key: "alerts",
          label: t("meetings.alertsTitle", { count }),
          children: alerts.isError ? (
            <Alert type="error" showIcon title={alerts.error.message} />
          ) : (
            <List
              size="small"
              dataSource={alerts.data ?? []}
              locale={{ emptyText: t("meetings.noAlerts") }}
              renderItem={(a) => (
                <List.Item data-testid="meeting-alert" data-kind={a.kind}>
                  <Tag color={a.kind.startsWith("absent_") ? "orange" : "red"}>{a.orgUnitName}</Tag> {a.message}
                </List.Item>
              )}
            />
          ),
        },
        {
          key: "ratings",
          label: t("meetings.ratingsTitle", { year }),
          children: (
            <ResponsiveTable
              size="small"
              rowKey="orgUnitId"
              dataSource={ratings.data ?? []}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { key: "unit", title: t("meetings.unit"), dataIndex: "orgUnitName" },
                { key: "scored", title: t("meetings.scoredCount"), dataIndex: "meetingsScored", width: 150 },
                {
                  key: "rating",
                  title: t("meetings.yearRating"),
                  width: 140,
                  render: (_, r) => <QualityLevelTag level={r.rating} />,
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
