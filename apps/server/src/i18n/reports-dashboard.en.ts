/** English messages of the reports dashboard (spread into messages.en.ts). */
export const reportsDashboardEn: Record<string, string> = {
  "report.dashboardPeriod": "must be a month (2026-11), a quarter (2026-Q3), a half-year (2026-H1) or a year (2026)",
  "report.dashboardPeriodInvalid":
    'The period "{period}" is not valid: give a month (2026-11), a quarter (2026-Q3), a half-year (2026-H1) or a year (2026), from 1930 on.',
  "report.dashboardFuture": "The period {period} has not begun; choose the current period or a past one.",
};
