/**
 * The 100-point meeting scoring template seeded into every database (Phú Thọ ĐUK rule, domain.md §3.4 [P]):
 * preparation 15, attendance 20, conduct 45, closing 20; Tốt ≥ 90, Khá 70–<90, Trung bình 50–<70, Kém < 50.
 * The committee office can add a later version from a date on.
 */
export const seededScoringTemplate = {
  id: "5c0f5a2e-7d6b-4d1e-9a3c-100000000001",
  name: "Thang điểm 100 đánh giá chất lượng sinh hoạt chi bộ",
  validFrom: "2018-07-06",
  criteria: [
    { key: "preparation", label: "Chuẩn bị sinh hoạt", max: 15 },
    { key: "attendance", label: "Tỷ lệ đảng viên dự sinh hoạt", max: 20 },
    { key: "conduct", label: "Tổ chức, tiến hành sinh hoạt", max: 45 },
    { key: "closing", label: "Kết thúc sinh hoạt", max: 20 },
  ],
  levels: [
    { level: "good", min: 90 },
    { level: "fair", min: 70 },
    { level: "average", min: 50 },
    { level: "poor", min: 0 },
  ],
  source: "Quy định của Đảng ủy Khối các cơ quan tỉnh Phú Thọ (xaydungdang.org.vn); HD 12-HD/BTCTW 2018",
};
