import { awardsVi } from "./awards.vi";
import { badgesVi } from "./badges.vi";
import { inspectionMessagesVi } from "./inspection-messages";
import { ratingsVi } from "./ratings.vi";
import { reportsMessagesVi } from "./reports-messages";
/** Vietnamese messages, the default language of the API and the UI. `{name}` is filled from the error's params. */
export const vi: Record<string, string> = {
  notFound: "Không tìm thấy dữ liệu, hoặc bạn không có quyền xem.",
  "route.notFound": "Không có đường dẫn API này.",
  "auth.required": "Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.",
  "auth.invalidCredentials":
    "Tên đăng nhập hoặc mật khẩu không đúng. Sau {failures} lần nhập sai liên tiếp, tài khoản bị tạm khóa {minutes} phút.",
  "auth.inactive": "Tài khoản đã bị khóa. Hãy liên hệ quản trị viên.",
  "auth.csrf": "Yêu cầu thiếu mã bảo vệ (x-csrf-token). Hãy tải lại trang và thử lại.",
  "auth.wrongPassword": "Mật khẩu hiện tại không đúng.",
  "auth.tooManyRequests": "Bạn thao tác quá nhanh. Hãy thử lại sau ít phút.",
  "access.forbidden": "Bạn không có quyền thực hiện thao tác này.",
  "access.roleTooHigh": "Bạn chỉ được cấp vai trò không cao hơn vai trò của mình.",
  "validation.failed": "Dữ liệu chưa hợp lệ: {details}",
  "request.tooLarge": "Dữ liệu gửi lên quá lớn.",
  "request.malformed": "Dữ liệu gửi lên không đúng định dạng JSON.",
  "job.interrupted": "Công việc bị dừng giữa chừng (máy chủ đã khởi động lại); chưa ghi gì. Hãy chạy lại.",
  "server.error":
    "Đã có lỗi hệ thống. Thao tác chưa được thực hiện; hãy thử lại. Nếu lỗi lặp lại, hãy báo quản trị viên mã lỗi {requestId}.",
  "request.invalid": "Yêu cầu không hợp lệ.",
  "version.stale": "Dữ liệu đã được người khác thay đổi kể từ khi bạn mở. Hãy tải lại rồi sửa lại.",
  "text.required": "không được để trống",
  "text.tooLong": "quá dài",
  "date.format": "phải là ngày dạng YYYY-MM-DD",
  "date.invalid": "không phải ngày có thật",
  "date.outOfRange": "phải trong khoảng từ năm 1900 đến năm 2100",
  "text.invalidChars": "chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode bị cắt dở)",
  "id.invalid": "mã không hợp lệ",
  "field.required": "bắt buộc nhập",
  "field.invalidType": "sai kiểu dữ liệu",
  "field.invalidValue": "giá trị không hợp lệ",
  "field.tooSmall": "quá nhỏ hoặc quá ít",
  "field.tooBig": "quá lớn hoặc quá nhiều",
  "field.unknown": "không được phép gửi trường này",
  "user.usernameFormat": "chỉ gồm chữ thường không dấu, số, dấu chấm, gạch; 3–40 ký tự",
  "user.passwordTooShort": "ít nhất 8 ký tự",
  "user.usernameTaken": 'Tên đăng nhập "{username}" đã có người dùng.',
  "user.grantExists": "Người dùng đã có vai trò này tại tổ chức này.",
  "user.cannotDeactivateSelf": "Bạn không thể tự khóa tài khoản của mình.",
  "report.unknownIndicator": 'Không có chỉ tiêu báo cáo "{id}".',
  "period.reversed": "phải từ ngày bắt đầu trở đi",
  "org.parentRequired": "Tổ chức phải có tổ chức cấp trên.",
  "org.parentTypeNotAllowed": "Không thể đặt {childType} trực thuộc {parentType}.",
  "org.dissolved": 'Tổ chức "{name}" đã giải thể ngày {date}.',
  "org.dateBeforeExistence": 'Ngày hiệu lực {date} trước ngày tổ chức "{name}" được thành lập ({since}).',
  "org.dateBeforeLastChange":
    'Ngày hiệu lực {date} trước lần thay đổi gần nhất của "{name}" ({since}); không sửa lại lịch sử.',
  "org.dateInFuture": "Ngày hiệu lực không được sau ngày hôm nay.",
  "org.cycle": 'Không thể chuyển "{name}" vào chính nó hoặc vào một tổ chức trực thuộc nó.',
  "org.sameParent": "Tổ chức đã trực thuộc tổ chức cấp trên này.",
  "org.mergeIntoSelf": "Không thể hợp nhất tổ chức vào chính nó.",
  "org.mergeIntoDescendant": "Không thể hợp nhất vào một tổ chức trực thuộc chính nó.",
  "org.hasChildren": "Tổ chức còn {count} tổ chức trực thuộc đang hoạt động; hãy chuyển hoặc giải thể trước.",
  "org.hasMembers": "Tổ chức còn {count} đảng viên đang sinh hoạt; hãy chuyển sinh hoạt trước.",
  "org.rootImmutable": "Không thể di chuyển, hợp nhất hay giải thể tổ chức cấp cao nhất.",
  "org.splitChildNotUnder": 'Tổ chức được chia phải là tổ chức trực thuộc "{name}".',
  "org.splitChildTwice": "Một tổ chức trực thuộc chỉ được chia vào một phần.",
  "org.noChange": "Không có thay đổi nào.",
  "org.termOverlap": 'Nhiệm kỳ trùng thời gian với nhiệm kỳ "{name}".',
  "org.endBeforeStart": "Ngày kết thúc phải sau ngày bắt đầu.",
  "org.noInspectionCommittee": "Chỉ đảng bộ cơ sở trở lên mới có ủy ban kiểm tra.",
  "org.noStandingCommittee": "Chỉ đảng bộ cơ sở trở lên mới có ban thường vụ.",
  "org.seatNeedsMember": "Chọn một đảng viên của chi bộ giữ chức vụ này.",
  "org.seatNeedsHolder": "Nhập họ tên người giữ chức vụ hoặc chọn một đảng viên.",
  "org.seatHolderNotInUnit": "Người được chọn không phải đảng viên của {unit} vào ngày {date}.",
  "org.seatHolderNotFull":
    "Đảng viên dự bị không được ứng cử vào cấp ủy (Điều lệ Đảng, Điều 3): chỉ đảng viên chính thức giữ chức vụ này.",
  "org.seatHolderTwice": "Đồng chí {name} đang giữ chức vụ {kind} ở tổ chức này.",
  "org.oneSecretary": "{unit} đã có bí thư ({name}) trong thời gian này. Kết thúc chức vụ đó trước khi ghi bí thư mới.",
  "org.oneDeputy": "Chi bộ chỉ bầu một phó bí thư (Quy định thi hành Điều lệ Đảng, mục 24).",
  "org.cellCommitteeTooSmall":
    "Chi bộ có {count} đảng viên chính thức vào ngày {date}: chỉ chi bộ có từ {threshold} đảng viên chính thức trở lên mới bầu chi ủy.",
  "org.cellCommitteeFull": "Chi ủy đã đủ {max} người, số chi ủy viên tối đa.",
  "org.positionEnded": "Chức vụ này đã kết thúc.",
  "org.warn.fewFullMembers":
    "Chi bộ có {count} đảng viên chính thức, dưới mức tối thiểu {min} (Điều lệ Đảng, Điều 21, 24).",
  "org.warn.needsCellCommittee": "Chi bộ có {count} đảng viên chính thức (từ {threshold} trở lên): cần bầu chi ủy.",
  "member.citizenIdFormat": "phải gồm đúng 12 chữ số",
  "member.phoneFormat": "số điện thoại không hợp lệ",
  "member.citizenIdTaken": "Số CCCD {citizenId} đã có trong hồ sơ đảng viên khác.",
  "member.cardTaken": "Số thẻ đảng viên {cardNumber} đã được cấp cho người khác.",
  "member.dateInFuture": "Ngày không được sau ngày hôm nay.",
  "member.eventOutOfOrder": "Ngày sự kiện trước sự kiện gần nhất ({date}); hãy ghi theo đúng thứ tự thời gian.",
  "member.deceased": "Đảng viên đã từ trần; không ghi thêm sự kiện.",
  "member.hasLeft": "Người này không còn trong danh sách đảng viên.",
  "member.notYetAdmitted": "Người này chưa được kết nạp vào Đảng.",
  "member.wrongStatus": "Sự kiện này không áp dụng cho trạng thái hiện tại của đảng viên.",
  "member.courseRequired": "Cần có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng trước khi kết nạp.",
  "member.age.tooYoung": "Người được kết nạp phải đủ {min} tuổi (tính theo tháng) khi chi bộ xét.",
  "member.age.tooOld":
    "Người vào Đảng trên {max} tuổi (tính theo tháng) khi chi bộ xét: việc kết nạp do cấp ủy trực thuộc Trung ương (tỉnh ủy, thành ủy và tương đương) xem xét, quyết định (Quy định thi hành Điều lệ Đảng, mục 1). Ghi số văn bản đồng ý của cấp ủy đó.",
  "member.ceremonyBeforeDecision": "Lễ kết nạp không thể trước ngày quyết định kết nạp.",
  "member.ceremonyLate":
    "Lễ kết nạp phải tổ chức trong {days} ngày làm việc kể từ ngày chi bộ nhận quyết định (hạn {date}); quá hạn cần số văn bản đồng ý của cấp ủy cấp trên.",
  "member.ceremonyAlreadyHeld": "Lễ kết nạp đã được tổ chức ngày {date}.",
  "member.ceremonyRequired": "Chưa ghi ngày lễ kết nạp; thời gian dự bị tính từ ngày đó.",
  "member.probationNotOver": "Chưa hết 12 tháng dự bị (hết ngày {date}); chưa thể xét công nhận chính thức.",
  "member.openTransfer": "Đảng viên đang có một lần chuyển sinh hoạt chưa hoàn tất.",
  "member.alreadyTemporary": "Đảng viên đang sinh hoạt tạm thời ở nơi khác.",
  "member.transferTarget": "Chọn tổ chức đảng nhận, hoặc ghi tên tổ chức đảng nơi chuyển đến.",
  "member.transferToSame": "Tổ chức nhận trùng với tổ chức đang sinh hoạt.",
  "member.transferTargetNotCell": "Đảng viên chỉ sinh hoạt ở chi bộ; hãy chọn một chi bộ.",
  "member.temporaryReturnRequired": "Chuyển sinh hoạt tạm thời cần ghi ngày dự kiến trở về.",
  "member.temporaryTooShort":
    "Sinh hoạt tạm thời từ {months} tháng trở lên (trở về từ ngày {date}); đi ngắn hơn thì đảng viên vẫn sinh hoạt ở chi bộ chính thức.",
  "member.temporaryTooLong":
    "Đi làm việc hoặc thay đổi nơi cư trú từ {months} tháng trở lên (trở về từ ngày {date}) thì chuyển sinh hoạt đảng chính thức, không chuyển tạm thời.",
  "member.temporaryStudyTooLong":
    "Đi học tập trung được sinh hoạt tạm thời tối đa {months} tháng (trở về chậm nhất ngày {date}).",
  "member.receiverOnly":
    "Chi bộ nhận chỉ ghi việc tiếp nhận đảng viên chuyển đến; các sự kiện khác do chi bộ đang quản lý đảng viên ghi.",
  "member.noOpenTransfer": "Không có lần chuyển sinh hoạt nào đang chờ tiếp nhận.",
  "member.notTemporary": "Đảng viên không sinh hoạt tạm thời ở nơi khác.",
  "member.alreadyExempt": "Đảng viên đã được miễn công tác và sinh hoạt đảng.",
  "member.notExempt": "Đảng viên không được miễn công tác và sinh hoạt đảng.",
  "member.notReadmittable": "Chỉ kết nạp lại người đã bị xóa tên, khai trừ hoặc xin ra khỏi Đảng.",
  "member.notRestorable":
    "Chỉ khôi phục đảng tịch cho người bị khai trừ hoặc bị xóa tên mà cấp có thẩm quyền kết luận là sai khi giải quyết khiếu nại.",
  "member.helperNotFull": "Người giúp đỡ phải là đảng viên chính thức.",
  "member.unitNotCell": "Đảng viên sinh hoạt ở chi bộ; hãy chọn một chi bộ.",
  "member.statusNeedsAdmission": "Đảng viên dự bị hoặc chính thức cần ngày quyết định kết nạp.",
  "member.fullNeedsDate": "Đảng viên chính thức cần ngày chính thức.",
  "member.cardOnlyFull": "Chỉ đảng viên chính thức được cấp thẻ đảng viên.",
  "member.birthDateRange": "ngày sinh không hợp lý",
  "member.courseExpired":
    "Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (cấp ngày {completed}) đã quá {months} tháng khi chi bộ xét; cần học lại lớp bồi dưỡng (thời hạn là thiết lập của cấp ủy).",
  "member.ceremonyBeforeReceipt": "Lễ kết nạp không thể trước ngày chi bộ nhận quyết định kết nạp.",
  "member.receivedBeforeDecision": "Ngày chi bộ nhận quyết định không thể trước ngày ký quyết định.",
  "member.disciplineProbationary":
    "Đảng viên dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo, không bị cách chức (Quy định 69-QĐ/TW, Điều 7): hãy chọn hình thức khiển trách hoặc cảnh cáo.",
  "member.expulsionProbationary":
    "Đảng viên dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo, không bị khai trừ (Quy định 69-QĐ/TW, Điều 7). Nếu không đủ tư cách, chi bộ đề nghị xóa tên khỏi danh sách đảng viên dự bị.",
  "member.education.unknown":
    "Hồ sơ chưa ghi trình độ giáo dục phổ thông đọc được (ví dụ 9/12 hoặc 12/12); hãy sửa hồ sơ trước khi kết nạp.",
  "member.education.tooLow":
    "Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên (Quy định thi hành Điều lệ Đảng, mục 1); hồ sơ ghi {education}. Nếu thuộc diện miền núi, hải đảo, vùng đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn, hãy chọn trường hợp ngoại lệ.",
  "member.education.belowException":
    "Hồ sơ ghi {education}: chưa đạt mức học vấn tối thiểu cấp ủy đặt cho trường hợp ngoại lệ này.",
  "member.introducer.missing":
    "Người vào Đảng phải được {count} đảng viên chính thức giới thiệu, hoặc một đảng viên chính thức và nghị quyết giới thiệu của ban chấp hành đoàn (công đoàn) cơ sở (Điều lệ Đảng, Điều 4).",
  "member.introducer.notFull":
    "{name} chưa là đảng viên chính thức khi chi bộ xét nên không được giới thiệu người vào Đảng.",
  "member.introducer.tooShort":
    "{name} phải cùng công tác, học tập hoặc sinh hoạt nơi cư trú với người vào Đảng ít nhất {months} tháng khi chi bộ xét (Quy định thi hành Điều lệ Đảng, mục 3.2).",
  "member.introducer.twice": "{name} đã được ghi là người giới thiệu; hãy chọn người thứ hai khác.",
  "member.introducer.self": "Người vào Đảng không tự giới thiệu mình.",
  "member.readmission.onlyOnce":
    "Chỉ kết nạp lại vào Đảng một lần (294-QĐ/TW, điểm 3.5); người này đã được kết nạp lại trước đây.",
  "member.readmission.tooSoon":
    "Chỉ xét kết nạp lại sau ít nhất {months} tháng kể từ khi ra khỏi Đảng (ngày {exited}), tức từ ngày {date} (294-QĐ/TW, điểm 3.5.1).",
  "member.readmission.tooSoonAfterRecord":
    "Người bị án hình sự về tội ít nghiêm trọng chỉ được xét kết nạp lại sau {months} tháng kể từ khi được xóa án tích, tức từ ngày {date} (294-QĐ/TW, điểm 3.5.1).",
  "member.readmission.recordClearedRequired": "Ghi ngày được xóa án tích.",
  "member.readmission.groundMismatch":
    'Lý do ra khỏi Đảng không khớp với sự kiện đã ghi: chỉ người xin ra khỏi Đảng mới chọn lý do "xin ra khỏi Đảng".',
  "member.readmission.excluded.gave_up_activity":
    "Không xét kết nạp lại người trước đây ra khỏi Đảng vì tự bỏ sinh hoạt đảng (294-QĐ/TW, điểm 3.5.2).",
  "member.readmission.excluded.resigned":
    "Không xét kết nạp lại người đã làm đơn xin ra khỏi Đảng, trừ trường hợp vì gia đình đặc biệt khó khăn (294-QĐ/TW, điểm 3.5.2).",
  "member.readmission.excluded.disunity":
    "Không xét kết nạp lại người trước đây ra khỏi Đảng vì gây mất đoàn kết nội bộ nghiêm trọng (294-QĐ/TW, điểm 3.5.2).",
  "member.readmission.excluded.corruption":
    "Không xét kết nạp lại người bị kết án về tội tham nhũng (294-QĐ/TW, điểm 3.5.2).",
  "member.readmission.excluded.serious_crime":
    "Không xét kết nạp lại người bị kết án về tội nghiêm trọng trở lên (294-QĐ/TW, điểm 3.5.2).",
  "member.readmission.excluded.minor_crime":
    "Theo thiết lập của cấp ủy, không xét kết nạp lại người bị kết án về tội ít nghiêm trọng.",
  "member.readmission.excluded.resigned_family_hardship":
    "Theo thiết lập của cấp ủy, không xét kết nạp lại người xin ra khỏi Đảng vì gia đình khó khăn.",
  "member.readmission.excluded.other": "Theo thiết lập của cấp ủy, không xét kết nạp lại trường hợp này.",
  "member.cardFormat": "Số thẻ đảng viên không đúng dạng cấp ủy đặt (ví dụ {example}).",
  "member.paper.tooYoung": "Tuổi khi có quyết định kết nạp dưới {min} (tính theo tháng).",
  "member.paper.tooOld":
    "Tuổi khi có quyết định kết nạp trên {max}; cần văn bản đồng ý của cấp ủy trực thuộc Trung ương.",
  "member.paper.fullTooEarly": "Ngày chính thức trước ngày hết 12 tháng dự bị ({ends}).",
  "member.paper.irregular":
    'Hồ sơ có {count} điểm không đúng quy định (các ô được đánh dấu). Nếu hồ sơ giấy ghi đúng như vậy, hãy ghi lý do vào ô "Lý do ghi nhận hồ sơ không theo quy định" rồi lưu lại.',
  "member.paper.notIrregular": "Hồ sơ không có điểm nào trái quy định; không cần ghi lý do ngoại lệ.",
  "import.irregularHint": '{message} Hồ sơ cũ ghi đúng như vậy thì nhập riêng người này bằng nút "Thêm" và ghi lý do.',
  "import.notXlsx": "Tệp không phải Excel .xlsx hợp lệ.",
  "xlsx.invalid": "Tệp không phải Excel .xlsx hợp lệ.",
  "xlsx.tooLarge": "Tệp Excel khi giải nén lớn hơn {max} MB, quá mức cho phép. Hãy chia thành nhiều tệp nhỏ hơn.",
  "xlsx.tooManyCells": "Tệp Excel có hơn {max} ô dữ liệu, quá mức cho phép. Hãy chia thành nhiều tệp nhỏ hơn.",
  "xlsx.textTooLong": "Tệp Excel có ô chứa văn bản quá dài (Excel chỉ cho tối đa 32.767 ký tự một ô).",
  "import.tooLarge": "Tệp quá lớn (tối đa {max} MB).",
  "import.tooManyRows": "Tệp có quá nhiều dòng (tối đa {max}).",
  "import.noFile": "Chưa chọn tệp để nhập.",
  "import.noSheet": 'Không thấy trang tính "Đảng viên" trong tệp.',
  "import.hasErrors": "Tệp còn {count} lỗi; chưa nhập dòng nào. Hãy sửa theo báo cáo rồi nhập lại.",
  "import.formula": "ô chứa công thức; hãy dán giá trị",
  "import.missingColumn": 'Thiếu cột "{column}" trong dòng tiêu đề.',
  "import.duplicateInFile": "trùng CCCD với dòng {row}",
  "import.duplicateInDb": "CCCD đã có trong hồ sơ đảng viên",
  "import.unitUnknown": "không tìm thấy chi bộ này trong phạm vi của bạn",
  "import.badDate": "ngày phải ghi dạng dd/mm/yyyy",
  "import.badValue": "giá trị không hợp lệ",
  "import.required": "bắt buộc nhập",
  "reminder.probation_due": "{name}: hết 12 tháng dự bị ngày {ends}; chi bộ xét công nhận chính thức trước {date}.",
  "reminder.probation_overdue": "{name}: đã quá hạn xét công nhận đảng viên chính thức (hạn {date}).",
  "reminder.ceremony_overdue": "{name}: chưa tổ chức lễ kết nạp; hạn {date}.",
  "reminder.badge_due": "{name}: đủ {years} năm tuổi đảng vào đợt trao Huy hiệu Đảng ngày {date}.",
  "reminder.transfer_overdue":
    "{name}: giấy giới thiệu chuyển sinh hoạt đảng hết hạn ngày {date} mà chưa được tiếp nhận.",
  "reminder.temporary_return_due": "{name}: hết thời hạn sinh hoạt tạm thời ngày {date}.",
  "reminder.transfer_incoming":
    "{name}: được giới thiệu chuyển sinh hoạt đảng {kind} đến {unit}; khi đảng viên xuất trình giấy giới thiệu, chi bộ nhận ghi tiếp nhận (hạn {date}).",
  "reminder.transferKind.official": "chính thức",
  "reminder.transferKind.temporary": "tạm thời",
  "reminder.retirement_transfer":
    "{name}: đủ tuổi nghỉ hưu ngày {reached}; khi nghỉ hưu, chi bộ làm thủ tục giới thiệu chuyển sinh hoạt đảng chính thức về nơi cư trú trong {days} ngày làm việc (trước {date}).",
  "reminder.cell_too_small": "Chi bộ chỉ có {count} đảng viên chính thức, dưới mức tối thiểu {min}.",
  "reminder.strike_off_absence":
    "{name}: bỏ sinh hoạt đảng không có lý do {count} tháng trong năm {year} (tháng {months}); chi bộ xem xét, đề nghị cấp có thẩm quyền xóa tên (Điều lệ Đảng, Điều 8).",
  "import.unrealDate": "ngày không có thật ({value})",
  "meeting.cellOnly": 'Sinh hoạt chi bộ chỉ tổ chức ở chi bộ; tổ chức khác chọn loại "Họp cấp ủy".',
  "meeting.carriedTask": "Kiểm điểm việc: {title} (phụ trách: {owner})",
  "meeting.closed": "Cuộc họp đã kết thúc và khóa sổ; muốn sửa phải mở lại.",
  "meeting.notClosed": "Cuộc họp chưa kết thúc.",
  "meeting.notInCell": "Người này không thuộc danh sách đảng viên của chi bộ.",
  "meeting.memberAway":
    "Đồng chí này đang sinh hoạt tạm thời ở chi bộ khác; điểm danh ở nơi sinh hoạt tạm thời, không điểm danh ở đây.",
  "meeting.ownerNotInCell": "Người phụ trách phải là đảng viên trong danh sách của chi bộ.",
  "meeting.voteTooLarge": "Tổng số phiếu vượt quá số đảng viên chính thức có mặt ({present}).",
  "meeting.belowQuorum":
    "Có mặt {present}/{total} đảng viên chính thức, chưa đạt mức {threshold} theo thiết lập của cấp ủy. Đây là mức cảnh báo cấp ủy tự đặt, không phải quy định của Điều lệ Đảng.",
  "meeting.noTemplate": "Chưa có mẫu chấm điểm chất lượng sinh hoạt áp dụng cho ngày họp.",
  "meeting.scoreOutOfTemplate":
    "Điểm không đúng với mẫu chấm điểm (thiếu tiêu chí, tiêu chí lạ, hoặc vượt điểm tối đa).",
  "meeting.notYet": "Cuộc họp diễn ra ngày {date}; chỉ điểm danh, ghi biên bản, chấm điểm và kết thúc từ ngày đó.",
  "meeting.endBeforeStart": "Giờ kết thúc phải sau giờ bắt đầu ({start}).",
  "meeting.minutesMissing": "Cần ghi biên bản (chủ trì, thư ký) trước khi kết thúc cuộc họp.",
  "meeting.checkinThrottled":
    "Bạn đã nhập sai mã điểm danh {max} lần. Hãy đợi {minutes} phút rồi thử lại, hoặc nhờ bí thư chi bộ điểm danh giúp.",
  "meeting.checkinCodeWrong": "Mã điểm danh không đúng hoặc đã hết hạn; hãy nhập mã đang hiển thị.",
  "meeting.checkinCodeFormat": "mã gồm 6 chữ số",
  "meeting.documentMissing": "Chưa chọn tệp để đính kèm, hoặc tệp rỗng.",
  "meeting.documentTooLarge": "Tệp quá lớn (tối đa {max} MB).",
  "meeting.documentType":
    "Chỉ nhận tệp PDF, Word (.docx, .doc), Excel (.xlsx) hoặc ảnh (.jpg, .png); nội dung tệp phải đúng với đuôi tệp.",
  "residence.notMember": "{name} không phải đảng viên (dự bị hoặc chính thức) nên không đăng ký nơi cư trú.",
  "residence.dateInFuture": "Ngày không được sau ngày hôm nay.",
  "residence.activeExists":
    "Đảng viên đang có đăng ký nơi cư trú chưa kết thúc. Hãy kết thúc đăng ký cũ trước khi đăng ký nơi mới.",
  "residence.alreadyEnded": "Đăng ký nơi cư trú này đã kết thúc.",
  "residence.endBeforeStart": "Ngày kết thúc không được trước ngày đăng ký.",
  "residence.noRegistration": "Đảng viên chưa đăng ký nơi cư trú nên chưa thể xin nhận xét.",
  "residence.notIntroduced":
    "Đảng viên thuộc diện không giới thiệu về nơi cư trú (Hướng dẫn 33-HD/BTCTW) nên không xin nhận xét nơi cư trú.",
  "residence.exemptNeedsReason":
    "Đảng viên được miễn sinh hoạt nơi cư trú chỉ xin nhận xét khi cần (Hướng dẫn 33-HD/BTCTW); hãy ghi rõ lý do.",
  "residence.dueInPast": "Hạn trả lời không được trước ngày hôm nay.",
  "residence.alreadyReceived": "Đã nhận nhận xét năm {year} của đảng viên này.",
  "residence.requestOpen": "Đã có yêu cầu nhận xét năm {year} đang chờ trả lời, đường dẫn vẫn còn hạn.",
  "residence.linkUnknown": "Đường dẫn nhận xét không đúng. Hãy kiểm tra lại đường dẫn đã nhận.",
  "residence.linkUsed": "Đường dẫn này đã được dùng để gửi nhận xét; mỗi đường dẫn chỉ dùng được một lần.",
  "residence.linkExpired":
    "Đường dẫn này đã hết hạn. Hãy liên hệ chi bộ nơi đảng viên công tác để được gửi đường dẫn mới.",
  "residence.scanTooLarge": "Tệp bản quét quá lớn (tối đa {max} MB).",
  "residence.scanType": "Bản quét phải là tệp PDF, JPG hoặc PNG.",
  "residence.linkIncomplete":
    "Đường dẫn chưa đầy đủ: phần mã ở cuối còn thiếu khoảng {missing} ký tự, thường do bị cắt khi sao chép hoặc gửi qua tin nhắn. Hãy mở lại đường dẫn đầy đủ, quét mã QR trên giấy đề nghị, hoặc vào trang /nx và nhập mã 10 ký tự in trên giấy.",
  "residence.codeLength":
    "Mã nhận xét gồm 10 ký tự (chữ và số), bạn đã nhập {length} ký tự. Hãy xem lại mã in trên giấy đề nghị.",
  "residence.codeChars": "Mã nhận xét không có ký tự {chars}. Hãy xem lại mã in trên giấy đề nghị.",
  "residence.codeUnknown":
    "Không tìm thấy giấy đề nghị nào có mã này. Hãy xem lại từng ký tự của mã in trên giấy, hoặc hỏi chi bộ nơi đảng viên công tác.",
  "residence.notACell": "Xin nhận xét cho cả chi bộ chỉ làm được ở một chi bộ; {name} không phải chi bộ.",
  "member.noTransferToPrint": "{name} chưa có quyết định chuyển sinh hoạt đảng nên chưa có giấy giới thiệu để in.",
  "upload.notMultipart": "Hãy gửi tệp bằng biểu mẫu tải lên (multipart/form-data).",
  "upload.unexpectedField": "Biểu mẫu có trường không được nhận: {name}.",
  "upload.unexpectedFile": "Biểu mẫu chỉ nhận một tệp, ở trường {name}.",
  "upload.malformed": "Biểu mẫu tải lên bị lỗi hoặc chưa gửi hết; hãy thử lại.",
  "residence.invalidComment": "Phiếu nhận xét chưa hợp lệ; hãy kiểm tra các trường được đánh dấu.",
  "handbook.notLinked": "Tài khoản này chưa được gắn với hồ sơ đảng viên; hãy báo bí thư chi bộ.",
  "meeting.alert.noRegular": "Chưa sinh hoạt thường kỳ tháng {month}.",
  "meeting.alert.noThematic": "Quý này chưa sinh hoạt chuyên đề (ít nhất mỗi quý một lần).",
  "meeting.alert.excusedStreak": "{name} vắng có lý do {count} buổi sinh hoạt liên tiếp (quá {max} buổi).",
  "meeting.alert.unexcusedMonths":
    "{name} vắng sinh hoạt không có lý do {count} tháng trong năm {year} (tháng {months}): chi bộ xem xét, đề nghị xóa tên.",
  "meeting.criterionKey": "mã tiêu chí gồm chữ thường không dấu, số, gạch dưới",
  "meeting.criterionDuplicate": "Hai tiêu chí trùng mã.",
  "meeting.levelsIncomplete": "Cần đủ bốn mức: Tốt, Khá, Trung bình, Kém.",
  "meeting.templateDateTaken": "Đã có mẫu chấm điểm áp dụng từ ngày này.",
  "meeting.timeFormat": "giờ ghi dạng HH:mm",
  "meeting.yearAlreadyPlanned": "Các tháng còn lại của năm {year} đều đã có kế hoạch sinh hoạt thường kỳ.",
  ...ratingsVi,
  ...badgesVi,
  ...awardsVi,
  ...inspectionMessagesVi,
  ...reportsMessagesVi,
};
