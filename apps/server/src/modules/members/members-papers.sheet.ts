import type { Member } from "@dangvu/contract";
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import { type Block, bodyLine, centred, partyFormat, text, twoSignatures } from "../../platform/party-document";
import { dmy } from "../../rules/dates";
import type { UnitLine } from "./members-papers";

const dots = "……………………";
const theoryLabels: Record<Member["politicalTheoryLevel"], string> = {
  none: "",
  elementary: "Sơ cấp",
  intermediate: "Trung cấp",
  advanced: "Cao cấp",
};
const unitLabels: Record<string, string> = {
  upper_committee: "Đảng bộ cấp trên cơ sở",
  grassroots_committee: "Đảng bộ cơ sở",
  grassroots_cell: "Chi bộ cơ sở",
  sub_committee: "Đảng bộ bộ phận",
  cell: "Chi bộ",
  party_group: "Tổ đảng",
};

const or = (value: string | null | undefined) => (value?.trim() ? value : dots);
const date = (value: string | null | undefined) => (value ? dmy(value) : dots);

/** "07. Quê quán: …" with the number bold, the value as recorded or dots for the hand. */
function item(no: string, label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 60 },
    children: [...(no ? [text(`${no}. `, { bold: true })] : []), text(`${label}: `), text(value)],
  });
}

function heading(no: string, label: string): Paragraph {
  return new Paragraph({ spacing: { before: 120, after: 60 }, children: [text(`${no}. ${label}`, { bold: true })] });
}

const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none };

/** The header lines on the left, "Mẫu 2-HSĐV" and a 3×4 cm box for the photo on the right. */
function headerWithPhoto(lines: Paragraph[]): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const photo = new Table({
    width: { size: 1701, type: WidthType.DXA },
    rows: [
      new TableRow({
        height: { value: 2268, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: 1701, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            borders: { top: line, bottom: line, left: line, right: line },
            children: [centred(text("Ảnh 3×4", { italics: true, size: 24 }))],
          }),
        ],
      }),
    ],
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 72, type: WidthType.PERCENTAGE }, borders: noBorders, children: lines }),
          new TableCell({
            width: { size: 28, type: WidthType.PERCENTAGE },
            borders: noBorders,
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [text("Mẫu 2-HSĐV", { italics: true, size: 24 })],
              }),
              photo,
              new Paragraph(""),
            ],
          }),
        ],
      }),
    ],
  });
}

const handLines = (n: number) => Array.from({ length: n }, () => bodyLine(dots.repeat(4)));

/** A bordered table with its header row and `rows` empty rows to fill by hand. */
function handTable(headers: string[], rows = 3): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const borders = { top: line, bottom: line, left: line, right: line };
  const cell = (value: string, bold = false) =>
    new TableCell({ borders, children: [centred(text(value, { bold, size: 24 }))] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: headers.map((h) => cell(h, true)) }),
      ...Array.from({ length: rows }, () => new TableRow({ children: headers.map(() => cell(" ")) })),
    ],
  });
}

/**
 * The Phiếu đảng viên (mẫu 2-HSĐV). The header lines and the record's fields follow records-and-calendar.md §2.4; the
 * numbering of items 01–30 comes from a re-implementation of the 2025 form [I], so it may differ from the printed
 * form a committee holds. What the record lacks is left as dots, to be written by hand before the committee seals it.
 */
export function memberSheet(member: Member, chain: UnitLine[]): Block[] {
  const header = [
    new Paragraph({ children: [text("Đảng bộ tỉnh (tương đương): "), text(dots)] }),
    ...chain.map((u) => new Paragraph({ children: [text(`${unitLabels[u.type] ?? "Tổ chức đảng"}: `), text(u.name)] })),
    new Paragraph({ children: [text(`Số lý lịch: ${or(member.fileNumber)}`)] }),
    new Paragraph({ children: [text(`Số thẻ đảng viên: ${or(member.cardNumber)}`)] }),
  ];
  return [
    headerWithPhoto(header),
    centred(text("PHIẾU ĐẢNG VIÊN", { bold: true, size: partyFormat.title })),
    centred(text("-----")),
    item("01", "Họ và tên khai sinh", (member.birthName || member.fullName).toUpperCase()),
    item("02", "Giới tính", member.sex === "female" ? "Nữ" : "Nam"),
    item("03", "Tên gọi khác", member.birthName && member.birthName !== member.fullName ? member.fullName : dots),
    item("04", "Sinh ngày", dmy(member.birthDate)),
    item("05", "Nơi đăng ký khai sinh", or(member.birthPlace)),
    item("06", "Quê quán", or(member.homeTown)),
    item("07", "Nơi thường trú", or(member.address)),
    item("08", "Dân tộc", or(member.ethnicity)),
    item("09", "Tôn giáo", or(member.religion)),
    item("10", "Thành phần gia đình", dots),
    item("11", "Nghề nghiệp hiện nay", or([member.occupation, member.jobTitle].filter(Boolean).join(", "))),
    item(
      "12",
      "Ngày cấp có thẩm quyền ra quyết định kết nạp",
      `${date(member.admissionDecidedOn)}${member.admissionDecisionNo ? ` (Quyết định số ${member.admissionDecisionNo})` : ""}`,
    ),
    item("", "Ngày kết nạp (lễ kết nạp), tại", `${date(member.ceremonyOn)}, ${or(member.ceremonyPlace)}`),
    item("", "Người giới thiệu thứ nhất, thứ hai", dots),
    item("", "Ngày công nhận chính thức", date(member.fullMembershipOn)),
    item("13", "Ngày được tuyển dụng; cơ quan tuyển dụng", dots),
    item("14", "Ngày vào Đoàn TNCS Hồ Chí Minh", dots),
    item("15", "Tham gia các tổ chức xã hội khác", dots),
    item("16", "Ngày nhập ngũ; ngày xuất ngũ, chuyển ngành", dots),
    heading("17", "Trình độ hiện nay"),
    bodyLine(
      `Giáo dục phổ thông: ${or(member.generalEducation)}; chuyên môn nghiệp vụ: ${or(member.professionalQualification)}; học hàm: ${or(member.academicTitle)}; lý luận chính trị: ${theoryLabels[member.politicalTheoryLevel] || dots}; ngoại ngữ: ${dots}; tin học: ${dots}.`,
    ),
    item("18", "Tình trạng sức khỏe; thương binh loại; gia đình liệt sĩ, có công với cách mạng", dots),
    item("19", "Số căn cước", or(member.citizenId)),
    item("20", "Miễn công tác và sinh hoạt đảng ngày", member.isExempt ? "có (xem quyết định của chi bộ)" : dots),
    heading("21", "Tóm tắt quá trình hoạt động và công tác"),
    handTable(["Từ tháng, năm đến tháng, năm", "Làm công tác gì, ở đâu, chức vụ"]),
    heading("22", "Đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, lý luận chính trị, ngoại ngữ"),
    handTable(["Tên trường", "Ngành học, lớp học", "Từ – đến", "Hình thức học", "Văn bằng, chứng chỉ"]),
    item("23", "Khen thưởng (huân chương, huy chương, bằng khen)", dots),
    item("24", "Huy hiệu Đảng đã được tặng", dots),
    item("25", "Danh hiệu được phong", dots),
    item("26", "Kỷ luật (Đảng, chính quyền, pháp luật)", dots),
    heading("27", "Đặc điểm lịch sử bản thân"),
    ...handLines(2),
    heading("28", "Quan hệ với nước ngoài"),
    ...handLines(2),
    heading("29", "Quan hệ gia đình"),
    handTable(["Quan hệ", "Họ và tên", "Năm sinh", "Quê quán, nơi ở, nghề nghiệp, chức vụ, đơn vị"], 4),
    heading("30", "Hoàn cảnh kinh tế của bản thân và gia đình"),
    ...handLines(2),
    twoSignatures({ title: "XÁC NHẬN CỦA CHI ỦY" }, { title: "NGƯỜI KHAI", name: member.fullName }),
  ];
}
