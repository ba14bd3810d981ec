/** Vietnamese messages: Cases of inspection and supervision and the subjects of the inspection module (spread into messages.vi.ts). */
export const inspectionCasesVi: Record<string, string> = {
  "inspection.subjectMemberRequired": "Cần chọn đảng viên là đối tượng kiểm tra, giám sát.",
  "inspection.subjectUnitRequired": "Cần chọn tổ chức đảng là đối tượng kiểm tra, giám sát.",
  "inspection.subjectTwice": "Một đối tượng được chọn hai lần.",
  "inspection.subjectOutside":
    "Đối tượng phải là tổ chức đảng cấp dưới hoặc đảng viên trong đảng bộ của đơn vị kiểm tra, giám sát.",
};
