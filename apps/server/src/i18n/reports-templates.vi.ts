/** Vietnamese messages of the report templates (spread into messages.vi.ts). */
export const reportTemplatesVi: Record<string, string> = {
  "reportTemplate.invalid": "Mẫu báo cáo có chỗ chưa đúng, đầu tiên ở {where}; xem các ô được đánh dấu.",
  "reportTemplate.unknownIndicator": "không có chỉ tiêu này (chỉ tiêu tính từ hồ sơ hoặc chỉ tiêu nhập)",
  "reportTemplate.unknownBreakdown": "không có bảng phân tổ này",
  "reportTemplate.duplicateSection": "trùng mã với một phần trước của mẫu",
  "reportTemplate.ruleOperand": "phải là một chỉ tiêu có trong các bảng của mẫu, hoặc một số",
  "reportTemplate.noUnitTypes": "cần ít nhất một loại tổ chức phải báo cáo",
  "reportTemplate.codeTaken": 'Đã có mẫu báo cáo mã "{code}".',
  "reportTemplate.startsAfter":
    "Phiên bản mới phải có hiệu lực sau ngày {date} (ngày hiệu lực của phiên bản gần nhất).",
  "reportTemplate.periodTypeFixed": "Loại kỳ báo cáo của mẫu không đổi được; nếu cần kỳ khác, hãy tạo mẫu mới.",
  "reportTemplate.outOfOrder": "Ngày hiệu lực phải sau ngày của phiên bản trước và trước ngày của phiên bản sau.",
  "reportTemplate.versionInUse": "Đã có báo cáo gửi theo phiên bản này; hãy tạo phiên bản mới có hiệu lực từ {date}.",
};
