/** Vietnamese messages of the reports dashboard (spread into messages.vi.ts). */
export const reportsDashboardVi: Record<string, string> = {
  "report.dashboardPeriod": "phải là một tháng (2026-11), một quý (2026-Q3), 6 tháng (2026-H1) hoặc một năm (2026)",
  "report.dashboardPeriodInvalid":
    'Kỳ "{period}" không đúng: cần một tháng (2026-11), một quý (2026-Q3), 6 tháng (2026-H1) hoặc một năm (2026), từ năm 1930.',
  "report.dashboardFuture": "Kỳ {period} chưa bắt đầu; chọn kỳ hiện tại hoặc một kỳ đã qua.",
};
