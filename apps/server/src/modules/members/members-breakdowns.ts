import type { Db } from "../../db/database";
import type { Breakdown } from "../../platform/module";
import { type BreakdownKey, countByKey, countByText } from "./members-breakdowns.repo";
import { ethnicGroupOf } from "./members-ethnic-groups";

type Row = { key: string; label: string; value: number };
type Query = { orgUnitId: string; on: string };

/** A row of a breakdown with fixed categories; `ifAny` rows (blank, unrecognised) are printed only when not zero. */
interface Category {
  key: string;
  label: string;
  ifAny?: true;
}

/** A breakdown whose rows are fixed categories in print order, every one printed (zero included) but `ifAny` ones. */
function fixed(id: string, which: BreakdownKey, vi: string, en: string, categories: Category[]): Breakdown {
  return {
    id,
    label: { vi, en },
    async compute(db: Db, query: Query): Promise<Row[]> {
      const counts = await countByKey(db, which, query);
      return categories
        .map((c) => ({ key: c.key, label: c.label, value: counts.get(c.key) ?? 0, ifAny: c.ifAny }))
        .filter((row) => !row.ifAny || row.value > 0)
        .map(({ key, label, value }) => ({ key, label, value }));
    },
  };
}

/**
 * A breakdown by a free-text field: the `first` value on top (always printed), the others present in alphabetical
 * order, the members with nothing written last.
 */
function byText(
  id: string,
  column: "ethnicity" | "religion",
  labels: { vi: string; en: string },
  first: { key: string; label: string; matches: readonly string[] },
  blankLabel: string,
): Breakdown {
  return {
    id,
    label: labels,
    async compute(db: Db, query: Query): Promise<Row[]> {
      const rows = await countByText(db, column, query);
      const top = rows.filter((r) => first.matches.includes(r.key));
      const others = rows.filter((r) => r.key !== "" && !first.matches.includes(r.key));
      const blank = rows.find((r) => r.key === "");
      return [
        { key: first.key, label: first.label, value: top.reduce((sum, r) => sum + r.value, 0) },
        ...others,
        ...(blank ? [{ key: "unknown", label: blankLabel, value: blank.value }] : []),
      ];
    },
  };
}

/**
 * By ethnic group as form 4-TCTW lists them: Kinh, the other official groups present in the official order, "Dân tộc
 * khác" for what names none of the 54 (both always printed), and the members with nothing written when there are any.
 */
const byEthnicity: Breakdown = {
  id: "members.byEthnicity",
  label: { vi: "Đảng viên theo dân tộc", en: "Members by ethnic group" },
  async compute(db: Db, query: Query): Promise<Row[]> {
    const groups = new Map<string, Row & { order: number }>();
    let other = 0;
    let blank = 0;
    for (const written of await countByText(db, "ethnicity", query)) {
      const group = written.key === "" ? undefined : ethnicGroupOf(written.label);
      if (written.key === "") blank += written.value;
      else if (!group) other += written.value;
      else {
        const row = groups.get(group.key) ?? { key: group.key, label: group.label, value: 0, order: group.order };
        groups.set(group.key, { ...row, value: row.value + written.value });
      }
    }
    const kinh = groups.get("kinh")?.value ?? 0;
    const others = [...groups.values()].filter((g) => g.key !== "kinh").sort((a, b) => a.order - b.order);
    return [
      { key: "kinh", label: "Kinh", value: kinh },
      ...others.map(({ key, label, value }) => ({ key, label, value })),
      { key: "other", label: "Dân tộc khác", value: other },
      ...(blank > 0 ? [{ key: "unknown", label: "Chưa ghi dân tộc", value: blank }] : []),
    ];
  },
};

const unknown = (label: string): Category => ({ key: "unknown", label, ifAny: true });

/**
 * The members module's breakdowns: the members on the list on a day in a subtree, counted by one field of the lý
 * lịch, for the basic statistics tables (HD 11-HD/BTCTW, forms 3-TCTW and 4-TCTW; domain.md §9.3) and the reports.
 * The forms' own rows (HD 11, 2021) could not be read (document-format.md §3.2): the bands and categories here
 * follow the fields the records hold and the wording of real reports [C].
 */
export const memberBreakdowns: Breakdown[] = [
  fixed("members.byGender", "sex", "Đảng viên theo giới tính", "Members by sex", [
    { key: "male", label: "Nam" },
    { key: "female", label: "Nữ" },
  ]),
  // Age bands as ĐUK reports write them ("từ 30 tuổi trở xuống" …) [C]; not read from the form itself.
  fixed("members.byAgeBand", "ageBand", "Đảng viên theo độ tuổi", "Members by age", [
    { key: "upTo30", label: "Từ 30 tuổi trở xuống" },
    { key: "31to40", label: "Từ 31 đến 40 tuổi" },
    { key: "41to50", label: "Từ 41 đến 50 tuổi" },
    { key: "51to60", label: "Từ 51 đến 60 tuổi" },
    { key: "over60", label: "Trên 60 tuổi" },
  ]),
  byEthnicity,
  byText(
    "members.byReligion",
    "religion",
    { vi: "Đảng viên theo tôn giáo", en: "Members by religion" },
    { key: "none", label: "Không", matches: ["khong", "khong co", "khong theo ton giao", "khong ton giao"] },
    "Chưa ghi tôn giáo",
  ),
  fixed(
    "members.byGeneralEducation",
    "generalEducation",
    "Đảng viên theo trình độ giáo dục phổ thông",
    "Members by general education",
    [
      { key: "upper", label: "Trung học phổ thông" },
      { key: "lower", label: "Trung học cơ sở" },
      { key: "primary", label: "Tiểu học" },
      { key: "other", label: "Ghi cách khác", ifAny: true },
      unknown("Chưa ghi trình độ"),
    ],
  ),
  fixed(
    "members.byProfessionalQualification",
    "professionalQualification",
    "Đảng viên theo trình độ chuyên môn nghiệp vụ",
    "Members by professional qualification",
    [
      { key: "doctorate", label: "Tiến sĩ" },
      { key: "master", label: "Thạc sĩ" },
      { key: "university", label: "Đại học" },
      { key: "college", label: "Cao đẳng" },
      { key: "vocational", label: "Trung cấp" },
      { key: "elementary", label: "Sơ cấp" },
      { key: "other", label: "Ghi cách khác", ifAny: true },
      { key: "none", label: "Chưa qua đào tạo hoặc chưa ghi" },
    ],
  ),
  // Only the two academic titles: the members without one are not a row of the table.
  fixed("members.byAcademicTitle", "academicTitle", "Đảng viên có học hàm", "Members by academic title", [
    { key: "professor", label: "Giáo sư" },
    { key: "associateProfessor", label: "Phó Giáo sư" },
  ]),
  fixed(
    "members.byPoliticalTheory",
    "politicalTheory",
    "Đảng viên theo trình độ lý luận chính trị",
    "Members by political theory",
    [
      { key: "advanced", label: "Cao cấp, cử nhân" },
      { key: "intermediate", label: "Trung cấp" },
      { key: "elementary", label: "Sơ cấp" },
      { key: "none", label: "Chưa qua đào tạo" },
    ],
  ),
  // Bands of ten years of party age [C]; badges (30 years and more) are counted by the awards module.
  fixed("members.byPartyAgeBand", "partyAgeBand", "Đảng viên theo tuổi Đảng", "Members by party age", [
    { key: "under10", label: "Dưới 10 năm" },
    { key: "10to19", label: "Từ 10 đến dưới 20 năm" },
    { key: "20to29", label: "Từ 20 đến dưới 30 năm" },
    { key: "30to39", label: "Từ 30 đến dưới 40 năm" },
    { key: "40plus", label: "Từ 40 năm trở lên" },
    { key: "probationary", label: "Đảng viên dự bị (chưa tính tuổi Đảng)" },
  ]),
];
