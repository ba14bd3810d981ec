import type { ReportStatus } from "@dangvu/contract";
import { Tag, Typography } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/dates";
import { type PeriodChoice, statusColor } from "./reports.model";

/** A report's status as a coloured tag in the UI language (Chưa lập, Đang soạn, Đã gửi, Bị trả lại, Đã duyệt). */
export function StatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor(status)} data-testid="report-status" data-status={status}>
      {t(`reportStatus.${status}`)}
    </Tag>
  );
}

/** A due date as dd/mm/yyyy, in red with "Quá hạn" once passed without the report sent up. */
export function DueDate({ dueOn, overdue }: { dueOn: string; overdue: boolean }) {
  const { t } = useTranslation();
  if (!overdue) return <span>{formatDate(dueOn)}</span>;
  return (
    <Typography.Text type="danger" data-testid="report-overdue">
      {formatDate(dueOn)} · {t("reports.overdue")}
    </Typography.Text>
  );
}

/** A period's name in the UI language ("Tháng 11/2026", "6 tháng đầu năm 2026"). */
export function periodName(t: TFunction, period: PeriodChoice): string {
  const { type, year, n } = period;
  if (type === "half_year") return t(`periodLabel.half_year_${n === 1 ? 1 : 2}`, { year });
  return t(`periodLabel.${type}`, { year, n });
}
