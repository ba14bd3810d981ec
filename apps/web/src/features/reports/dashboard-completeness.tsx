import type { DashboardCompleteness } from "@dangvu/contract";
import { Progress, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/dates";

/**
 * Reporting rates of the period's templates over the unit's subtree: a bar of reports sent (approved in the darker
 * part) out of those expected, with on time and the due date; each opens the completeness page for the details.
 */
export function DashboardCompletenessBars({
  rates,
  orgUnitId,
  period,
}: {
  rates: DashboardCompleteness[];
  orgUnitId: string;
  period: string;
}) {
  const { t } = useTranslation();
  if (rates.length === 0)
    return <Typography.Text type="secondary">{t("reportsDashboard.noTemplates")}</Typography.Text>;
  const share = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 100) : 0);
  return (
    <ul className="dashboard-rates" data-testid="dashboard-completeness">
      {rates.map((rate) => (
        <li
          key={rate.templateId}
          className="dashboard-rate"
          data-testid="dashboard-rate"
          data-submitted={rate.submitted}
          data-expected={rate.expected}
        >
          <Link
            to={`/reports/completeness?${new URLSearchParams({ template: rate.templateId, period, unit: orgUnitId })}`}
          >
            {rate.templateName}
          </Link>
          <Progress
            percent={share(rate.submitted, rate.expected)}
            success={{ percent: share(rate.approved, rate.expected) }}
            aria-label={t("reportsDashboard.rateLabel", { name: rate.templateName })}
          />
          <Typography.Text type="secondary" className="dashboard-rate-text">
            {t("reportsDashboard.rateText", {
              submitted: rate.submitted,
              expected: rate.expected,
              onTime: rate.onTime,
              approved: rate.approved,
              due: formatDate(rate.dueOn),
            })}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
