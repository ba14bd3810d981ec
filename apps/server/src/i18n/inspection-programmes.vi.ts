/** Vietnamese messages: Programmes and counts of the inspection module (spread into messages.vi.ts). */
export const inspectionProgrammesVi: Record<string, string> = {
  "programme.exists": "Đơn vị đã có chương trình kiểm tra, giám sát năm {year} của cơ quan này.",
  "programme.bodyNotAt": "{name} không có cơ quan này để ban hành chương trình kiểm tra, giám sát.",
  "programme.approvedInFuture": "Ngày ban hành chương trình không được sau ngày hôm nay.",
  "programme.itemHasCase": "Nội dung này đã có cuộc kiểm tra, giám sát thực hiện nên không xóa được.",
  "inspection.summaryPeriod": "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.",
};
