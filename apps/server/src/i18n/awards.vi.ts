/** Vietnamese messages of commendations, campaigns and emulation models (awards module; spread into messages.vi.ts). */
export const awardsVi: Record<string, string> = {
  "award.formUnknown": "Hình thức khen thưởng “{form}” không có trong danh mục đang áp dụng (thiết lập awards.forms).",
  "award.formRecipient":
    "Hình thức “{form}” không dùng cho đối tượng này (tập thể hoặc cá nhân) theo danh mục khen thưởng (Quy định 24-QĐ/TW, mục 27.2).",
  "award.recipientRequired": "Cần chọn đảng viên hoặc tổ chức đảng được đề nghị khen thưởng.",
  "award.notOnList": "{name} không có trong danh sách đảng viên nên không đề nghị khen thưởng.",
  "award.proposerNotAbove": "Đơn vị đề nghị phải là đơn vị của người (tổ chức) được khen hoặc cấp trên của đơn vị đó.",
  "award.yearRequired": "Cần ghi năm xếp loại làm căn cứ khen thưởng.",
  "award.yearInFuture": "Năm {year} chưa đến.",
  "award.campaignRequired": "Khen theo đợt thi đua cần chọn đợt thi đua.",
  "award.campaignNotAbove": "Đợt thi đua phải của đơn vị được khen hoặc cấp trên của đơn vị đó.",
  "award.notRatedYear":
    "Chưa có kết quả xếp loại năm {year} được quyết định: chỉ xét khen thưởng trong số được xếp loại “Hoàn thành xuất sắc nhiệm vụ” (thiết lập awards.eligibility).",
  "award.notExcellentYear":
    "Năm {year} không được xếp loại “Hoàn thành xuất sắc nhiệm vụ”: chỉ xét khen thưởng trong số được xếp loại “Hoàn thành xuất sắc nhiệm vụ” (Hướng dẫn 21-HD/BTCTW; thiết lập awards.eligibility).",
  "award.notRunningYears":
    "Chưa đủ {years} năm liền “Hoàn thành xuất sắc nhiệm vụ” ({from}–{to}): các năm {missing} không được xếp loại mức này (thiết lập awards.eligibility).",
  "award.duplicateProposal": "Đã có đề nghị khen thưởng cùng hình thức, cùng căn cứ và cùng năm cho đối tượng này.",
  "award.signedInFuture": "Ngày ký quyết định không được sau ngày hôm nay.",
  "award.signedBeforeProposal": "Ngày ký quyết định không thể trước ngày đề nghị ({date}).",
  "award.mixedForms": "Một quyết định khen thưởng chỉ gồm các đề nghị cùng một hình thức.",
  "award.decisionNumberTaken": "Số quyết định {number} đã được dùng.",
  "award.notProposed": "Đề nghị này đã được quyết định hoặc đã bị từ chối.",
  "award.deciderNotAbove": "{unit} không phải cấp trên của đơn vị được đề nghị khen thưởng.",
  "award.notAuthorised":
    "{unit} không có thẩm quyền khen thưởng hình thức “{form}” cho đối tượng này (Quy định 24-QĐ/TW, mục 27.2; thiết lập awards.forms).",
  "award.campaignPeriod": "Ngày kết thúc đợt thi đua không thể trước ngày bắt đầu.",
  "award.campaignInUse": "Đợt thi đua đã có {count} đề nghị khen thưởng nên không xóa được.",
  "award.catalogueCode": "mã không hợp lệ",
  "award.modelTitleUnknown": "Danh hiệu mô hình “{title}” không có trong danh mục (thiết lập awards.modelTitles).",
  "award.modelFieldUnknown": "Lĩnh vực “{field}” không thuộc danh hiệu “{title}” (thiết lập awards.modelTitles).",
  "award.modelMemberOutside": "Gương điển hình phải là đảng viên của đơn vị đăng ký mô hình.",
  "award.dateInFuture": "Ngày không được sau ngày hôm nay.",
  "award.modelScored": "Mô hình đã được chấm điểm, không sửa hoặc chấm lại được.",
  "award.recognisedBeforeRegistered": "Ngày công nhận không thể trước ngày đăng ký mô hình.",
  "award.recognitionNumberRequired": "Mô hình đạt điểm công nhận: cần ghi số quyết định công nhận.",
};
