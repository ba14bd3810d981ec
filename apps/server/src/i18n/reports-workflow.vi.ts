/** Vietnamese messages of reports and their workflow (spread into messages.vi.ts). */
export const reportsWorkflowVi: Record<string, string> = {
  "reminder.report_due": "{template} {period} đến hạn gửi ngày {date}.",
  "reminder.report_overdue": "{template} {period} quá hạn gửi từ ngày {date}.",
  "report.templateNotFound": "Không có mẫu báo cáo này.",
  "report.periodKey": "Kỳ báo cáo không hợp lệ.",
  "report.periodNotOfTemplate":
    'không phải là một kỳ của mẫu báo cáo này (ví dụ: tháng "2026-11", quý "2026-Q3", 6 tháng "2026-H1", 9 tháng "2026-9M", năm "2026", nhiệm kỳ "2020-2025")',
  "report.periodFuture": "Kỳ báo cáo chưa bắt đầu: chưa thể lập báo cáo cho kỳ trong tương lai.",
  "report.noVersion": "Mẫu báo cáo chưa có phiên bản nào có hiệu lực trong kỳ này.",
  "report.notExpected": "Đơn vị này không phải lập báo cáo theo mẫu này.",
  "report.approverOnly": "Chỉ cấp ủy cấp trên trực tiếp của đơn vị mới được duyệt, trả lại hoặc mở lại báo cáo.",
  "report.unknownFigure": 'Mẫu báo cáo không có chỉ tiêu nhập tay "{id}".',
  "report.unknownSection": 'Mẫu báo cáo không có phần nội dung "{key}".',
  "report.ruleBroken": "Số liệu không hợp lệ: {rule}",
  "report.draft": "Báo cáo đang soạn, chưa gửi: chưa thể duyệt hay trả lại.",
  "report.not_started": "Báo cáo chưa được lập.",
  "report.returned": "Báo cáo đã bị trả lại cho đơn vị sửa: chưa thể duyệt.",
  "report.submitted": "Báo cáo đã gửi lên cấp trên: không sửa được nữa, trừ khi cấp trên trả lại.",
  "report.approved": "Báo cáo đã được duyệt và khóa: chỉ cấp trên mới mở lại được, kèm lý do.",
  "report.wholeNumber": "phải là số nguyên",
  "report.negative": "không được là số âm",
};
