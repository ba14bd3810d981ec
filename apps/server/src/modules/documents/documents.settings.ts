import type { SeededRuleSetting } from "../../platform/module";

/** The codes of issuing bodies by type of unit, after the slash of a number: "05-GM/CB" (domain.md §8.3). */
export type IssuerCodes = Record<string, string>;

export const documentRuleSettings: SeededRuleSetting[] = [
  {
    key: "documents.issuerCodes",
    validFrom: "2018-04-03",
    value: {
      provincial_committee: "TU",
      upper_committee: "ĐU",
      grassroots_committee: "ĐU",
      sub_committee: "ĐUBP",
      grassroots_cell: "CB",
      cell: "CB",
      party_group: "TĐ",
    } satisfies IssuerCodes,
    source: "HD 36-HD/VPTW 03/4/2018 (mẫu ký hiệu); ví dụ 29-HD/ĐUK, 09-KH/ĐU (domain.md §8.3)",
    confidence: "C",
    note:
      "Chữ viết tắt của cơ quan ban hành sau dấu gạch chéo trong số văn bản, theo loại tổ chức. TU (tỉnh ủy), ĐU (đảng ủy) đã gặp " +
      "trong văn bản thật; CB (chi bộ), ĐUBP (đảng ủy bộ phận), TĐ (tổ đảng) là cách viết thường dùng, chưa đối chiếu " +
      "với phụ lục HD 36. Đảng ủy cấp trên cơ sở có ký hiệu riêng (ĐUK, ĐUCQ …): văn phòng sửa giá trị cho đúng.",
  },
];
