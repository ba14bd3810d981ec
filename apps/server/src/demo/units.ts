import { governmentOrgs } from "./units-government";

/**
 * The fictional province of Bình Sơn and its provincial bodies' party organisations since 2015: first under the
 * Đảng bộ Khối các cơ quan tỉnh, then, after the 2025 reorganisation (domain.md §1.2), under the Đảng bộ các cơ quan
 * Đảng tỉnh (`party`) or the Đảng bộ Ủy ban nhân dân tỉnh (`government`).
 */
export const province = "Bình Sơn";
/** The province's code at the head of citizen IDs (053: real in form, assigned to no province) and of party cards. */
export const provinceCode = "053";

export const history = {
  provinceEstablished: "1997-01-01",
  blocEstablished: "2015-06-15",
  blocDecision: "1586-QĐ/TU",
  /** Provincial departments merged and renamed (the state's reorganisation of 2025). */
  departmentsReorganised: "2025-03-01",
  departmentsDecision: "486-QĐ/ĐUK",
  /** The bloc wound up; its organisations moved into the two successors. */
  blocWoundUp: "2025-07-01",
  blocWoundUpDecision: "1245-QĐ/TU",
};

/** What a member's work looks like in a body: job titles, qualifications, the heads' titles. */
export type Profile =
  | "office"
  | "party"
  | "mass"
  | "hospital"
  | "school"
  | "university"
  | "press"
  | "court"
  | "procuracy"
  | "revenue";

export interface CellSpec {
  name: string;
  /** On 1/3/2025 this cell merges into the cell of that name under the base it has moved to. */
  mergesInto?: string;
  /** On 1/3/2025 this cell moves to that base (its `body`) before its own base merges away. */
  movesTo?: string;
  /** The name until the 2025 renaming. */
  was?: string;
  /** Founded after its base, on this date. */
  since?: string;
}

export interface BaseOrgSpec {
  /** The body's name today, or its last name when it merged away. */
  body: string;
  kind: "committee" | "cell";
  side: "party" | "government";
  profile: Profile;
  /** Its head's title ("Giám đốc Sở"), for the bí thư of its party organisation. */
  head: string;
  cells?: readonly (string | CellSpec)[];
  subCommittees?: readonly { name: string; cells: readonly (string | CellSpec)[] }[];
  /** The body's name until the 2025 renaming. */
  was?: string;
  /** On 1/3/2025 it merges into that base (its `body`): its cells move there, same-named ones merge. */
  mergesInto?: string;
  /** Founded after the bloc, on this date. */
  since?: string;
}

const partyOrgs: readonly BaseOrgSpec[] = [
  {
    body: "Văn phòng Tỉnh ủy",
    kind: "committee",
    side: "party",
    profile: "party",
    head: "Chánh Văn phòng Tỉnh ủy",
    cells: [
      "Phòng Tổng hợp",
      "Phòng Hành chính - Lưu trữ",
      "Phòng Tài chính - Quản trị",
      "Phòng Cơ yếu - Công nghệ thông tin",
    ],
  },
  {
    body: "Ban Tổ chức Tỉnh ủy",
    kind: "committee",
    side: "party",
    profile: "party",
    head: "Trưởng Ban Tổ chức Tỉnh ủy",
    cells: ["Phòng Tổ chức đảng - đảng viên", "Phòng Cán bộ", "Phòng Bảo vệ chính trị nội bộ"],
  },
  {
    body: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    was: "Ban Tuyên giáo Tỉnh ủy",
    kind: "committee",
    side: "party",
    profile: "party",
    head: "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
    cells: [
      "Phòng Lý luận chính trị",
      "Phòng Tuyên truyền",
      "Phòng Khoa giáo",
      { name: "Phòng Dân vận", since: "2025-03-01" },
    ],
  },
  {
    body: "Ủy ban Kiểm tra Tỉnh ủy",
    kind: "committee",
    side: "party",
    profile: "party",
    head: "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
    cells: ["Phòng Kiểm tra 1", "Phòng Kiểm tra 2", "Phòng Tổng hợp - Văn phòng"],
  },
  {
    body: "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    was: "Văn phòng HĐND tỉnh",
    kind: "committee",
    side: "party",
    profile: "office",
    head: "Chánh Văn phòng",
    cells: ["Phòng Công tác HĐND", "Phòng Công tác Quốc hội", "Phòng Hành chính - Tổ chức"],
  },
  {
    body: "Báo và Phát thanh, Truyền hình Bình Sơn",
    was: "Báo Bình Sơn",
    kind: "committee",
    side: "party",
    profile: "press",
    head: "Tổng Biên tập",
    cells: ["Ban Thời sự", "Ban Biên tập", "Ban Chuyên đề", "Phòng Hành chính - Trị sự"],
  },
  {
    body: "Đài Phát thanh và Truyền hình Bình Sơn",
    mergesInto: "Báo và Phát thanh, Truyền hình Bình Sơn",
    kind: "committee",
    side: "party",
    profile: "press",
    head: "Giám đốc Đài",
    cells: [
      "Phòng Thời sự",
      "Phòng Kỹ thuật - Công nghệ",
      "Phòng Văn nghệ - Giải trí",
      { name: "Phòng Hành chính - Tổng hợp", mergesInto: "Phòng Hành chính - Trị sự" },
    ],
  },
  {
    body: "Trường Chính trị tỉnh",
    kind: "committee",
    side: "party",
    profile: "school",
    head: "Hiệu trưởng",
    cells: ["Khoa Lý luận cơ sở", "Khoa Xây dựng Đảng", "Khoa Nhà nước và Pháp luật", "Phòng Tổ chức - Hành chính"],
  },
  {
    body: "Tòa án nhân dân tỉnh",
    kind: "committee",
    side: "party",
    profile: "court",
    head: "Chánh án",
    cells: ["Tòa Hình sự", "Tòa Dân sự", "Văn phòng"],
  },
  {
    body: "Viện Kiểm sát nhân dân tỉnh",
    kind: "committee",
    side: "party",
    profile: "procuracy",
    head: "Viện trưởng",
    cells: ["Phòng 1", "Phòng 2", "Văn phòng"],
  },
  {
    body: "Ủy ban MTTQ Việt Nam tỉnh",
    kind: "committee",
    side: "party",
    profile: "mass",
    head: "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
    cells: ["Văn phòng", "Ban Dân chủ - Pháp luật", "Ban Tuyên giáo"],
  },
  {
    body: "Tỉnh đoàn Bình Sơn",
    kind: "committee",
    side: "party",
    profile: "mass",
    head: "Bí thư Tỉnh đoàn",
    cells: ["Văn phòng", "Ban Xây dựng Đoàn", "Ban Phong trào"],
  },
  {
    body: "Hội Liên hiệp Phụ nữ tỉnh",
    kind: "committee",
    side: "party",
    profile: "mass",
    head: "Chủ tịch Hội",
    cells: ["Văn phòng", "Ban Tuyên giáo", "Ban Gia đình - Xã hội"],
  },
  {
    body: "Liên đoàn Lao động tỉnh",
    kind: "committee",
    side: "party",
    profile: "mass",
    head: "Chủ tịch Liên đoàn",
    cells: ["Văn phòng", "Ban Tổ chức", "Ban Chính sách - Pháp luật"],
  },
  ...(
    [
      ["Hội Nông dân tỉnh", "Chủ tịch Hội"],
      ["Hội Cựu chiến binh tỉnh", "Chủ tịch Hội"],
      ["Hội Chữ thập đỏ tỉnh", "Chủ tịch Hội"],
      ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Chủ tịch Liên hiệp"],
      ["Hội Văn học Nghệ thuật tỉnh", "Chủ tịch Hội"],
      ["Hội Luật gia tỉnh", "Chủ tịch Hội"],
      ["Hội Nhà báo tỉnh", "Chủ tịch Hội"],
      ["Liên hiệp các tổ chức hữu nghị tỉnh", "Chủ tịch Liên hiệp"],
    ] as const
  ).map(([body, head]): BaseOrgSpec => ({ body, kind: "cell", side: "party", profile: "mass", head })),
  { body: "Ban Nội chính Tỉnh ủy", kind: "cell", side: "party", profile: "party", head: "Trưởng Ban Nội chính" },
  {
    body: "Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh",
    kind: "cell",
    side: "party",
    profile: "hospital",
    head: "Trưởng Ban",
  },
];

/** Every base organisation the bloc ever had, in the order they are generated. */
export const baseOrgs: readonly BaseOrgSpec[] = [...governmentOrgs, ...partyOrgs];
