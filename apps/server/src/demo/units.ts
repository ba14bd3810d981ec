/** Provincial bodies of the fictional province of Bình Sơn, each with the cells it would have. */
export interface BaseOrgSpec {
  body: string;
  kind: "committee" | "cell";
  cells?: readonly string[];
  subCommittees?: readonly { name: string; cells: readonly string[] }[];
}

const officeCells = ["Văn phòng", "Phòng Kế hoạch - Tài chính", "Thanh tra", "Phòng Tổ chức cán bộ"] as const;

export const province = "Bình Sơn";

export const baseOrgs: readonly BaseOrgSpec[] = [
  {
    body: "Sở Tài chính",
    kind: "committee",
    cells: [
      "Văn phòng",
      "Phòng Quản lý ngân sách",
      "Phòng Tài chính doanh nghiệp",
      "Phòng Quản lý giá và công sản",
      "Phòng Đầu tư",
      "Thanh tra",
    ],
  },
  {
    body: "Sở Giáo dục và Đào tạo",
    kind: "committee",
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
    kind: "committee",
    cells: ["Văn phòng", "Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Phòng Kế hoạch - Tài chính", "Chi cục Dân số"],
  },
  {
    body: "Sở Nội vụ",
    kind: "committee",
    cells: [
      "Văn phòng",
      "Phòng Tổ chức biên chế",
      "Phòng Công chức viên chức",
      "Ban Thi đua - Khen thưởng",
      "Chi cục Văn thư - Lưu trữ",
    ],
  },
  {
    body: "Sở Tư pháp",
    kind: "committee",
    cells: ["Văn phòng", "Phòng Xây dựng và Kiểm tra văn bản", "Trung tâm Trợ giúp pháp lý", "Phòng Công chứng số 1"],
  },
  {
    body: "Sở Công Thương",
    kind: "committee",
    cells: ["Văn phòng", "Phòng Quản lý công nghiệp", "Phòng Quản lý thương mại", "Phòng Quản lý năng lượng"],
  },
  {
    body: "Sở Nông nghiệp và Môi trường",
    kind: "committee",
    cells: [
      "Văn phòng",
      "Chi cục Thủy lợi",
      "Chi cục Kiểm lâm",
      "Chi cục Trồng trọt và Bảo vệ thực vật",
      "Phòng Đất đai",
      "Phòng Môi trường",
      "Trung tâm Khuyến nông",
    ],
  },
  {
    body: "Sở Xây dựng",
    kind: "committee",
    cells: [
      "Văn phòng",
      "Phòng Quy hoạch - Kiến trúc",
      "Phòng Quản lý hạ tầng giao thông",
      "Thanh tra",
      "Trung tâm Đăng kiểm",
    ],
  },
  {
    body: "Sở Văn hóa, Thể thao và Du lịch",
    kind: "committee",
    cells: ["Văn phòng", "Phòng Quản lý văn hóa", "Bảo tàng tỉnh", "Thư viện tỉnh", "Trung tâm Văn hóa - Điện ảnh"],
  },
  {
    body: "Sở Khoa học và Công nghệ",
    kind: "committee",
    cells: ["Văn phòng", "Phòng Quản lý khoa học", "Trung tâm Chuyển đổi số"],
  },
  {
    body: "Văn phòng Tỉnh ủy",
    kind: "committee",
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
    cells: ["Phòng Tổ chức đảng - đảng viên", "Phòng Cán bộ", "Phòng Bảo vệ chính trị nội bộ"],
  },
  {
    body: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    kind: "committee",
    cells: ["Phòng Lý luận chính trị", "Phòng Tuyên truyền", "Phòng Dân vận", "Phòng Khoa giáo"],
  },
  {
    body: "Ủy ban Kiểm tra Tỉnh ủy",
    kind: "committee",
    cells: ["Phòng Kiểm tra 1", "Phòng Kiểm tra 2", "Phòng Tổng hợp - Văn phòng"],
  },
  {
    body: "Văn phòng UBND tỉnh",
    kind: "committee",
    cells: [
      "Phòng Tổng hợp",
      "Phòng Kinh tế",
      "Phòng Khoa giáo - Văn xã",
      "Phòng Hành chính - Tổ chức",
      "Trung tâm Phục vụ hành chính công",
    ],
  },
  {
    body: "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    kind: "committee",
    cells: ["Phòng Công tác HĐND", "Phòng Công tác Quốc hội", "Phòng Hành chính - Tổ chức"],
  },
  {
    body: "Báo và Phát thanh, Truyền hình Bình Sơn",
    kind: "committee",
    cells: ["Ban Thời sự", "Ban Biên tập", "Phòng Kỹ thuật - Công nghệ", "Ban Chuyên đề", "Phòng Hành chính - Trị sự"],
  },
  {
    body: "Trường Chính trị tỉnh",
    kind: "committee",
    cells: ["Khoa Lý luận cơ sở", "Khoa Xây dựng Đảng", "Khoa Nhà nước và Pháp luật", "Phòng Tổ chức - Hành chính"],
  },
  {
    body: "Trường Đại học Bình Sơn",
    kind: "committee",
    subCommittees: [
      { name: "Khối Khoa học tự nhiên", cells: ["Khoa Toán - Tin", "Khoa Vật lý", "Khoa Hóa - Sinh"] },
      { name: "Khối Khoa học xã hội", cells: ["Khoa Ngữ văn", "Khoa Lịch sử", "Khoa Ngoại ngữ"] },
    ],
    cells: ["Phòng Đào tạo", "Phòng Tổ chức - Hành chính", "Chi bộ Sinh viên"],
  },
  {
    body: "Bệnh viện Đa khoa tỉnh",
    kind: "committee",
    subCommittees: [
      { name: "Khối Nội", cells: ["Khoa Nội tổng hợp", "Khoa Tim mạch", "Khoa Nhi"] },
      { name: "Khối Ngoại", cells: ["Khoa Ngoại tổng hợp", "Khoa Gây mê hồi sức", "Khoa Chấn thương chỉnh hình"] },
    ],
    cells: ["Phòng Kế hoạch tổng hợp", "Khoa Cấp cứu", "Khoa Xét nghiệm"],
  },
  {
    body: "Bệnh viện Y học cổ truyền tỉnh",
    kind: "committee",
    cells: ["Khoa Châm cứu", "Khoa Nội", "Phòng Hành chính"],
  },
  {
    body: "Bệnh viện Sản - Nhi tỉnh",
    kind: "committee",
    cells: ["Khoa Sản", "Khoa Nhi", "Khoa Hồi sức", "Phòng Hành chính"],
  },
  {
    body: "Trung tâm Kiểm soát bệnh tật tỉnh",
    kind: "committee",
    cells: ["Khoa Phòng chống bệnh truyền nhiễm", "Khoa Xét nghiệm", "Phòng Tổ chức - Hành chính"],
  },
  {
    body: "Trường Cao đẳng Y tế Bình Sơn",
    kind: "committee",
    cells: ["Khoa Điều dưỡng", "Khoa Dược", "Phòng Đào tạo"],
  },
  {
    body: "Trường Cao đẳng Sư phạm Bình Sơn",
    kind: "committee",
    cells: ["Khoa Tự nhiên", "Khoa Xã hội", "Phòng Đào tạo"],
  },
  { body: "Tòa án nhân dân tỉnh", kind: "committee", cells: ["Tòa Hình sự", "Tòa Dân sự", "Văn phòng"] },
  { body: "Viện Kiểm sát nhân dân tỉnh", kind: "committee", cells: ["Phòng 1", "Phòng 2", "Văn phòng"] },
  { body: "Thi hành án dân sự tỉnh", kind: "committee", cells: ["Văn phòng", "Phòng Nghiệp vụ", "Chi cục khu vực 1"] },
  {
    body: "Thuế tỉnh Bình Sơn",
    kind: "committee",
    cells: ["Văn phòng", "Phòng Kiểm tra", "Phòng Quản lý hộ kinh doanh", "Thuế cơ sở 1"],
  },
  { body: "Kho bạc Nhà nước khu vực", kind: "committee", cells: ["Văn phòng", "Phòng Kiểm soát chi", "Phòng Kế toán"] },
  {
    body: "Bảo hiểm xã hội tỉnh",
    kind: "committee",
    cells: ["Văn phòng", "Phòng Thu", "Phòng Chế độ", "Phòng Giám định"],
  },
  {
    body: "Ngân hàng Nhà nước chi nhánh tỉnh",
    kind: "committee",
    cells: ["Văn phòng", "Phòng Thanh tra - Giám sát", "Phòng Tiền tệ - Kho quỹ"],
  },
  {
    body: "Ủy ban MTTQ Việt Nam tỉnh",
    kind: "committee",
    cells: ["Văn phòng", "Ban Dân chủ - Pháp luật", "Ban Tuyên giáo"],
  },
  { body: "Tỉnh đoàn Bình Sơn", kind: "committee", cells: ["Văn phòng", "Ban Xây dựng Đoàn", "Ban Phong trào"] },
  {
    body: "Hội Liên hiệp Phụ nữ tỉnh",
    kind: "committee",
    cells: ["Văn phòng", "Ban Tuyên giáo", "Ban Gia đình - Xã hội"],
  },
  {
    body: "Liên đoàn Lao động tỉnh",
    kind: "committee",
    cells: ["Văn phòng", "Ban Tổ chức", "Ban Chính sách - Pháp luật"],
  },
  {
    body: "Ban Quản lý các khu công nghiệp",
    kind: "committee",
    cells: ["Văn phòng", "Phòng Quản lý đầu tư", "Phòng Quản lý môi trường"],
  },
  {
    body: "Ban Quản lý dự án đầu tư xây dựng tỉnh",
    kind: "committee",
    cells: ["Phòng Điều hành dự án 1", "Phòng Điều hành dự án 2", "Phòng Hành chính - Tổng hợp"],
  },
  { body: "Thống kê tỉnh", kind: "committee", cells: ["Văn phòng", "Phòng Thống kê kinh tế", "Phòng Thống kê xã hội"] },
  { body: "Hải quan tỉnh", kind: "committee", cells: officeCells },
  { body: "Hội Nông dân tỉnh", kind: "cell" },
  { body: "Hội Cựu chiến binh tỉnh", kind: "cell" },
  { body: "Liên minh Hợp tác xã tỉnh", kind: "cell" },
  { body: "Hội Chữ thập đỏ tỉnh", kind: "cell" },
  { body: "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", kind: "cell" },
  { body: "Hội Văn học Nghệ thuật tỉnh", kind: "cell" },
  { body: "Quỹ Đầu tư phát triển tỉnh", kind: "cell" },
  { body: "Ban Nội chính Tỉnh ủy", kind: "cell" },
  { body: "Sở Dân tộc và Tôn giáo", kind: "cell" },
  { body: "Sở Ngoại vụ", kind: "cell" },
  { body: "Thanh tra tỉnh", kind: "cell" },
  { body: "Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh", kind: "cell" },
  { body: "Bệnh viện Tâm thần tỉnh", kind: "cell" },
  { body: "Bệnh viện Lao và Bệnh phổi tỉnh", kind: "cell" },
  { body: "Bệnh viện Mắt tỉnh", kind: "cell" },
  { body: "Trung tâm Pháp y tỉnh", kind: "cell" },
  { body: "Trường THPT Chuyên Bình Sơn", kind: "cell" },
  { body: "Trường Cao đẳng Nghề Bình Sơn", kind: "cell" },
  { body: "Trung tâm Lưu trữ lịch sử tỉnh", kind: "cell" },
  { body: "Nhà xuất bản Bình Sơn", kind: "cell" },
  { body: "Hội Luật gia tỉnh", kind: "cell" },
  { body: "Hội Nhà báo tỉnh", kind: "cell" },
  { body: "Liên hiệp các tổ chức hữu nghị tỉnh", kind: "cell" },
  { body: "Trung tâm Xúc tiến đầu tư, thương mại và du lịch", kind: "cell" },
  { body: "Chi cục Thủy sản", kind: "cell" },
  { body: "Đài Khí tượng thủy văn tỉnh", kind: "cell" },
  { body: "Trung tâm Công nghệ thông tin và truyền thông", kind: "cell" },
  { body: "Vườn Quốc gia Núi Sơn", kind: "cell" },
  { body: "Trung tâm Bảo trợ xã hội tỉnh", kind: "cell" },
  { body: "Trường Trung cấp Kinh tế - Kỹ thuật", kind: "cell" },
];
