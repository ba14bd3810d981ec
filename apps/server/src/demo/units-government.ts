import type { BaseOrgSpec } from "./units";

// Party organisations of the provincial government's bodies. In 2025 the departments were merged (Kế hoạch và Đầu tư
// into Tài chính, Giao thông vận tải into Xây dựng, Tài nguyên và Môi trường into Nông nghiệp, Thông tin và Truyền
// thông into Khoa học và Công nghệ, Lao động - Thương binh và Xã hội into Nội vụ) and the state's local branches renamed.

const office = { name: "Văn phòng", mergesInto: "Văn phòng" } as const;
const inspection = { name: "Thanh tra", mergesInto: "Thanh tra" } as const;

const departments: readonly BaseOrgSpec[] = [
  {
    body: "Sở Tài chính",
    cells: [
      "Văn phòng",
      "Phòng Quản lý ngân sách",
      "Phòng Tài chính doanh nghiệp",
      "Phòng Quản lý giá và công sản",
      "Thanh tra",
    ],
  },
  {
    body: "Sở Kế hoạch và Đầu tư",
    mergesInto: "Sở Tài chính",
    cells: [office, "Phòng Đầu tư", "Phòng Đăng ký kinh doanh", inspection],
  },
  {
    body: "Sở Giáo dục và Đào tạo",
    cells: [
      "Văn phòng",
      "Phòng Giáo dục phổ thông",
      "Phòng Khảo thí và Kiểm định",
      "Phòng Tổ chức cán bộ",
      "Thanh tra",
    ],
  },
  {
    body: "Sở Y tế",
    cells: ["Văn phòng", "Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Phòng Kế hoạch - Tài chính", "Chi cục Dân số"],
  },
  {
    body: "Sở Nội vụ",
    cells: [
      "Văn phòng",
      "Phòng Tổ chức biên chế",
      "Phòng Công chức viên chức",
      "Ban Thi đua - Khen thưởng",
      "Chi cục Văn thư - Lưu trữ",
    ],
  },
  {
    body: "Sở Lao động - Thương binh và Xã hội",
    mergesInto: "Sở Nội vụ",
    cells: [
      office,
      "Phòng Việc làm - An toàn lao động",
      "Phòng Người có công",
      { name: "Phòng Bảo trợ xã hội", movesTo: "Sở Y tế" },
    ],
  },
  {
    body: "Sở Tư pháp",
    cells: ["Văn phòng", "Phòng Xây dựng và Kiểm tra văn bản", "Trung tâm Trợ giúp pháp lý", "Phòng Công chứng số 1"],
  },
  {
    body: "Sở Công Thương",
    cells: ["Văn phòng", "Phòng Quản lý công nghiệp", "Phòng Quản lý thương mại", "Phòng Quản lý năng lượng"],
  },
  {
    body: "Sở Nông nghiệp và Môi trường",
    was: "Sở Nông nghiệp và Phát triển nông thôn",
    cells: [
      "Văn phòng",
      "Chi cục Thủy lợi",
      "Chi cục Kiểm lâm",
      "Chi cục Trồng trọt và Bảo vệ thực vật",
      "Trung tâm Khuyến nông",
    ],
  },
  {
    body: "Sở Tài nguyên và Môi trường",
    mergesInto: "Sở Nông nghiệp và Môi trường",
    cells: [office, "Phòng Đất đai", "Phòng Môi trường", "Văn phòng Đăng ký đất đai"],
  },
  {
    body: "Sở Xây dựng",
    cells: ["Văn phòng", "Phòng Quy hoạch - Kiến trúc", "Phòng Quản lý nhà và thị trường bất động sản", "Thanh tra"],
  },
  {
    body: "Sở Giao thông vận tải",
    mergesInto: "Sở Xây dựng",
    cells: [
      office,
      { name: "Phòng Quản lý hạ tầng giao thông", was: "Phòng Quản lý kết cấu hạ tầng giao thông" },
      "Phòng Quản lý vận tải",
      "Trung tâm Đăng kiểm",
      inspection,
    ],
  },
  {
    body: "Sở Văn hóa, Thể thao và Du lịch",
    cells: ["Văn phòng", "Phòng Quản lý văn hóa", "Bảo tàng tỉnh", "Thư viện tỉnh", "Trung tâm Văn hóa - Điện ảnh"],
  },
  {
    body: "Sở Khoa học và Công nghệ",
    cells: ["Văn phòng", "Phòng Quản lý khoa học", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"],
  },
  {
    body: "Sở Thông tin và Truyền thông",
    mergesInto: "Sở Khoa học và Công nghệ",
    cells: [
      office,
      "Phòng Bưu chính - Viễn thông",
      { name: "Trung tâm Chuyển đổi số", was: "Phòng Công nghệ thông tin" },
    ],
  },
  {
    body: "Văn phòng UBND tỉnh",
    cells: [
      "Phòng Tổng hợp",
      "Phòng Kinh tế",
      "Phòng Khoa giáo - Văn xã",
      "Phòng Hành chính - Tổ chức",
      { name: "Trung tâm Phục vụ hành chính công", since: "2019-04-01" },
    ],
  },
  {
    body: "Ban Quản lý các khu công nghiệp",
    cells: ["Văn phòng", "Phòng Quản lý đầu tư", "Phòng Quản lý môi trường"],
  },
  {
    body: "Ban Quản lý dự án đầu tư xây dựng tỉnh",
    since: "2017-03-01",
    cells: ["Phòng Điều hành dự án 1", "Phòng Điều hành dự án 2", "Phòng Hành chính - Tổng hợp"],
  },
].map(
  (d): BaseOrgSpec => ({
    kind: "committee",
    side: "government",
    profile: "office",
    head: d.body.startsWith("Sở") ? "Giám đốc Sở" : d.body.startsWith("Văn phòng") ? "Chánh Văn phòng" : "Trưởng Ban",
    ...d,
  }),
);

const services: readonly BaseOrgSpec[] = [
  {
    body: "Trường Đại học Bình Sơn",
    kind: "committee",
    side: "government",
    profile: "university",
    head: "Hiệu trưởng",
    subCommittees: [
      { name: "Khối Khoa học tự nhiên", cells: ["Khoa Toán - Tin", "Khoa Vật lý", "Khoa Hóa - Sinh"] },
      { name: "Khối Khoa học xã hội", cells: ["Khoa Ngữ văn", "Khoa Lịch sử", "Khoa Ngoại ngữ"] },
    ],
    cells: ["Phòng Đào tạo", "Phòng Tổ chức - Hành chính", "Chi bộ Sinh viên"],
  },
  {
    body: "Bệnh viện Đa khoa tỉnh",
    kind: "committee",
    side: "government",
    profile: "hospital",
    head: "Giám đốc Bệnh viện",
    subCommittees: [
      { name: "Khối Nội", cells: ["Khoa Nội tổng hợp", "Khoa Tim mạch", "Khoa Nhi"] },
      { name: "Khối Ngoại", cells: ["Khoa Ngoại tổng hợp", "Khoa Gây mê hồi sức", "Khoa Chấn thương chỉnh hình"] },
    ],
    cells: ["Phòng Kế hoạch tổng hợp", "Khoa Cấp cứu", "Khoa Xét nghiệm"],
  },
  ...(
    [
      ["Bệnh viện Y học cổ truyền tỉnh", "hospital", ["Khoa Châm cứu", "Khoa Nội", "Phòng Hành chính"], ""],
      ["Bệnh viện Sản - Nhi tỉnh", "hospital", ["Khoa Sản", "Khoa Nhi", "Khoa Hồi sức", "Phòng Hành chính"], ""],
      [
        "Trung tâm Kiểm soát bệnh tật tỉnh",
        "hospital",
        ["Khoa Phòng chống bệnh truyền nhiễm", "Khoa Xét nghiệm", "Phòng Tổ chức - Hành chính"],
        "2018-01-01",
      ],
      ["Trường Cao đẳng Y tế Bình Sơn", "school", ["Khoa Điều dưỡng", "Khoa Dược", "Phòng Đào tạo"], ""],
      ["Trường Cao đẳng Sư phạm Bình Sơn", "school", ["Khoa Tự nhiên", "Khoa Xã hội", "Phòng Đào tạo"], ""],
    ] as const
  ).map(
    ([body, profile, cells, since]): BaseOrgSpec => ({
      body,
      kind: "committee",
      side: "government",
      profile,
      head:
        profile === "hospital"
          ? body.startsWith("Trung tâm")
            ? "Giám đốc Trung tâm"
            : "Giám đốc Bệnh viện"
          : "Hiệu trưởng",
      cells,
      ...(since ? { since } : {}),
    }),
  ),
];

const branches: readonly BaseOrgSpec[] = (
  [
    [
      "Thi hành án dân sự tỉnh",
      "Cục Thi hành án dân sự tỉnh",
      "Trưởng Thi hành án",
      ["Văn phòng", "Phòng Nghiệp vụ", "Chi cục khu vực 1"],
    ],
    [
      "Thuế tỉnh Bình Sơn",
      "Cục Thuế tỉnh",
      "Trưởng Thuế tỉnh",
      ["Văn phòng", "Phòng Kiểm tra", "Phòng Quản lý hộ kinh doanh", "Thuế cơ sở 1"],
    ],
    [
      "Kho bạc Nhà nước khu vực",
      "Kho bạc Nhà nước tỉnh",
      "Giám đốc Kho bạc",
      ["Văn phòng", "Phòng Kiểm soát chi", "Phòng Kế toán"],
    ],
    [
      "Bảo hiểm xã hội tỉnh",
      "",
      "Giám đốc Bảo hiểm xã hội tỉnh",
      ["Văn phòng", "Phòng Thu", "Phòng Chế độ", "Phòng Giám định"],
    ],
    [
      "Ngân hàng Nhà nước chi nhánh tỉnh",
      "",
      "Giám đốc Chi nhánh",
      ["Văn phòng", "Phòng Thanh tra - Giám sát", "Phòng Tiền tệ - Kho quỹ"],
    ],
    [
      "Thống kê tỉnh",
      "Cục Thống kê tỉnh",
      "Trưởng Thống kê tỉnh",
      ["Văn phòng", "Phòng Thống kê kinh tế", "Phòng Thống kê xã hội"],
    ],
    [
      "Hải quan tỉnh",
      "Cục Hải quan tỉnh",
      "Trưởng Hải quan",
      ["Văn phòng", "Phòng Kiểm soát chi", "Phòng Nghiệp vụ", "Phòng Tổ chức cán bộ"],
    ],
  ] as const
).map(
  ([body, was, head, cells]): BaseOrgSpec => ({
    body,
    kind: "committee",
    side: "government",
    profile: "revenue",
    head,
    cells,
    ...(was ? { was } : {}),
  }),
);

const cells: readonly BaseOrgSpec[] = (
  [
    ["Liên minh Hợp tác xã tỉnh", "office", "Chủ tịch Liên minh"],
    ["Quỹ Đầu tư phát triển tỉnh", "revenue", "Giám đốc Quỹ"],
    ["Sở Dân tộc và Tôn giáo", "office", "Giám đốc Sở", "Ban Dân tộc tỉnh"],
    ["Sở Ngoại vụ", "office", "Giám đốc Sở"],
    ["Thanh tra tỉnh", "office", "Chánh Thanh tra tỉnh"],
    ["Bệnh viện Tâm thần tỉnh", "hospital", "Giám đốc Bệnh viện"],
    ["Bệnh viện Lao và Bệnh phổi tỉnh", "hospital", "Giám đốc Bệnh viện"],
    ["Bệnh viện Mắt tỉnh", "hospital", "Giám đốc Bệnh viện"],
    ["Trung tâm Pháp y tỉnh", "hospital", "Giám đốc Trung tâm"],
    ["Trường THPT Chuyên Bình Sơn", "school", "Hiệu trưởng"],
    ["Trường Cao đẳng Nghề Bình Sơn", "school", "Hiệu trưởng"],
    ["Trường Trung cấp Kinh tế - Kỹ thuật", "school", "Hiệu trưởng"],
    ["Trung tâm Lưu trữ lịch sử tỉnh", "office", "Giám đốc Trung tâm"],
    ["Nhà xuất bản Bình Sơn", "press", "Giám đốc Nhà xuất bản"],
    ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch", "office", "Giám đốc Trung tâm"],
    ["Chi cục Thủy sản", "office", "Chi cục trưởng"],
    ["Đài Khí tượng thủy văn tỉnh", "office", "Giám đốc Đài"],
    ["Trung tâm Công nghệ thông tin và truyền thông", "office", "Giám đốc Trung tâm"],
    ["Vườn Quốc gia Núi Sơn", "office", "Giám đốc Vườn"],
    ["Trung tâm Bảo trợ xã hội tỉnh", "office", "Giám đốc Trung tâm"],
  ] as const
).map(
  ([body, profile, head, was]): BaseOrgSpec => ({
    body,
    kind: "cell",
    side: "government",
    profile,
    head,
    ...(was ? { was } : {}),
  }),
);

export const governmentOrgs: readonly BaseOrgSpec[] = [...departments, ...services, ...branches, ...cells];
