/** Vietnamese messages of the ratings module (spread into messages.vi.ts). */
export const ratingsVi: Record<string, string> = {
  "rating.level":
    "phải là một trong các mức excellent, good, completed, not_completed (Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ)",
  "rating.voteCounts": "cộng với số không tán thành không được lớn hơn số đồng chí có mặt",
  "rating.quarter": "bắt buộc với đợt theo quý và chỉ dùng cho đợt theo quý",
  "rating.cycleOpen":
    "Đơn vị đã có một đợt xếp loại cùng loại, cùng kỳ đang mở; hãy làm tiếp đợt đó thay vì mở đợt mới.",
  "rating.dueOrder": "Hạn các bước phải theo thứ tự: tự đánh giá, chi bộ đề xuất, rồi cấp có thẩm quyền quyết định.",
  "rating.referenceYear": "Ngày xếp loại phải thuộc năm {year} hoặc năm liền kề.",
  "rating.cycleClosed": "Đợt xếp loại đã kết thúc; không ghi thêm được.",
  "rating.excluded.exempt":
    "Đảng viên được miễn công tác và sinh hoạt đảng nên không kiểm điểm, xếp loại trong đợt này (Quy định 124-QĐ/TW Điều 5).",
  "rating.excluded.recently_admitted":
    "Đảng viên mới kết nạp chưa đủ 6 tháng tính đến ngày xếp loại nên không xếp loại trong đợt này (Quy định 124-QĐ/TW Điều 5).",
  "rating.selfClosed": "Đã qua bước tự đánh giá (đã có đề xuất hoặc quyết định); không sửa được bản tự đánh giá.",
  "rating.pointsNotAllowed":
    "Khung đánh giá của đợt này không chấm điểm (trước Quy định 366-QĐ/TW); chỉ chọn mức xếp loại, không gửi điểm.",
  "rating.unknownCriterion": 'Tiêu chí "{criterion}" không có trong khung đánh giá đang áp dụng.',
  "rating.missingCriterion": 'Chưa chấm điểm tiêu chí "{criterion}" của khung đánh giá; cần chấm đủ các tiêu chí.',
  "rating.aboveMax": 'Điểm tiêu chí "{criterion}" vượt điểm tối đa {max} của tiêu chí trong khung đánh giá.',
  "rating.levelAboveBand":
    "Mức tự xếp loại cao hơn mức ứng với tổng {total} điểm (Quy định 366-QĐ/TW: Hoàn thành xuất sắc từ 90 điểm, tốt từ 70, hoàn thành từ 50).",
  "rating.proposeMembersOnly":
    "Chi bộ chỉ đề xuất mức xếp loại cho đảng viên; tổ chức đảng tự đánh giá rồi cấp có thẩm quyền quyết định.",
  "rating.notSelfAssessed": "Chưa có bản tự đánh giá nên chưa thể sang bước tiếp theo.",
  "rating.notProposed": "Chi bộ chưa đề xuất mức xếp loại cho đảng viên này nên chưa thể quyết định.",
  "rating.alreadyDecided":
    "Đã có quyết định xếp loại; không quyết định lần thứ hai. Muốn sửa thì cấp đã quyết định điều chỉnh, kèm lý do.",
  "rating.notDecided": "Chưa có quyết định xếp loại nên không có gì để điều chỉnh.",
  "rating.voteFails":
    "Đề xuất không được thông qua: {inFavour}/{present} đồng chí có mặt tán thành, cần hơn một nửa số đồng chí có mặt.",
  "rating.decidedInFuture": "Ngày quyết định không được sau ngày hôm nay.",
  "rating.noDecider":
    "Không xác định được cấp có thẩm quyền quyết định xếp loại cho đối tượng này (thiết lập ratings.authority).",
  "rating.noAuthority":
    "Bạn không có thẩm quyền quyết định xếp loại này: theo Hướng dẫn 25-HD/BTCTW (thiết lập ratings.authority), thẩm quyền thuộc {unit}.",
  "rating.onlyDecider": "Chỉ {unit}, cấp đã quyết định, mới được điều chỉnh mức xếp loại này.",
  "rating.sameLevel": "Mức mới trùng với mức đã quyết định.",
  "rating.disciplined": "Đảng viên bị kỷ luật trong năm {year} không được xếp loại Hoàn thành xuất sắc nhiệm vụ.",
  "rating.quota":
    "Vượt tỷ lệ Hoàn thành xuất sắc nhiệm vụ của {unit}: không quá {percent}% số đảng viên được xếp loại Hoàn thành tốt nhiệm vụ trở lên (thiết lập ratings.excellentQuota). Còn {placesLeft} suất; cần thêm {goodNeeded} đảng viên Hoàn thành tốt nhiệm vụ để có thêm một suất.",
  "rating.quotaField": "vượt tỷ lệ Hoàn thành xuất sắc nhiệm vụ",
  "reminder.rating_step_due": "{step} của {cycle} đến hạn ngày {date}: còn {count} hồ sơ chưa xong.",
  "reminder.strike_off_rating":
    "Hai năm liền {previous} và {year} xếp loại Không hoàn thành nhiệm vụ: chi bộ xem xét, đề nghị xóa tên khỏi danh sách đảng viên (Điều lệ Đảng, Điều 8).",
  "rating.step.self": "Tự đánh giá",
  "rating.step.proposal": "Chi bộ đề xuất",
  "rating.step.decision": "Quyết định xếp loại",
};
