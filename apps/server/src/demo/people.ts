import type { Sex } from "./names";
import type { Random } from "./random";
import type { Profile } from "./units";

/** What people do in a kind of body: their titles (weighted) and qualifications. */
interface Work {
  titles: readonly (readonly [string, number])[];
  qualifications: readonly string[];
}

const officeTitles = [
  ["Chuyên viên", 45],
  ["Chuyên viên chính", 22],
  ["Kế toán viên", 5],
  ["Cán sự", 4],
  ["Văn thư", 3],
] as const;

const work: Record<Profile, Work> = {
  office: {
    titles: officeTitles,
    qualifications: ["Cử nhân Kinh tế", "Cử nhân Luật", "Thạc sĩ Quản lý công", "Cử nhân Hành chính", "Kỹ sư Xây dựng"],
  },
  party: {
    titles: [
      ["Chuyên viên", 40],
      ["Chuyên viên chính", 30],
      ["Chuyên viên cao cấp", 4],
      ["Nhân viên phục vụ", 3],
    ],
    qualifications: [
      "Cử nhân Xây dựng Đảng",
      "Cử nhân Chính trị học",
      "Thạc sĩ Quản lý công",
      "Cử nhân Luật",
      "Cử nhân Báo chí",
    ],
  },
  mass: {
    titles: [
      ["Chuyên viên", 50],
      ["Chuyên viên chính", 15],
      ["Cán sự", 10],
    ],
    qualifications: ["Cử nhân Công tác xã hội", "Cử nhân Luật", "Cử nhân Xã hội học", "Cử nhân Hành chính"],
  },
  hospital: {
    titles: [
      ["Bác sĩ", 34],
      ["Điều dưỡng", 34],
      ["Dược sĩ", 6],
      ["Kỹ thuật viên", 8],
      ["Hộ sinh", 3],
      ["Chuyên viên", 5],
    ],
    qualifications: [
      "Bác sĩ đa khoa",
      "Bác sĩ chuyên khoa I",
      "Thạc sĩ Y học",
      "Cử nhân Điều dưỡng",
      "Dược sĩ đại học",
    ],
  },
  school: {
    titles: [
      ["Giáo viên", 30],
      ["Giảng viên", 25],
      ["Giảng viên chính", 12],
      ["Chuyên viên", 8],
    ],
    qualifications: [
      "Thạc sĩ Lý luận chính trị",
      "Cử nhân Sư phạm Toán",
      "Cử nhân Sư phạm Ngữ văn",
      "Thạc sĩ Quản lý giáo dục",
    ],
  },
  university: {
    titles: [
      ["Giảng viên", 45],
      ["Giảng viên chính", 20],
      ["Chuyên viên", 8],
    ],
    qualifications: [
      "Thạc sĩ Toán học",
      "Tiến sĩ Vật lý",
      "Thạc sĩ Ngôn ngữ Anh",
      "Tiến sĩ Lịch sử",
      "Thạc sĩ Hóa học",
    ],
  },
  press: {
    titles: [
      ["Phóng viên", 35],
      ["Biên tập viên", 25],
      ["Kỹ thuật viên", 10],
      ["Quay phim", 5],
    ],
    qualifications: ["Cử nhân Báo chí", "Cử nhân Ngữ văn", "Kỹ sư Điện tử - Viễn thông", "Cử nhân Truyền thông"],
  },
  court: {
    titles: [
      ["Thẩm phán", 25],
      ["Thư ký Tòa án", 30],
      ["Thẩm tra viên", 10],
      ["Chuyên viên", 8],
    ],
    qualifications: ["Cử nhân Luật", "Thạc sĩ Luật"],
  },
  procuracy: {
    titles: [
      ["Kiểm sát viên", 35],
      ["Kiểm tra viên", 25],
      ["Chuyên viên", 10],
    ],
    qualifications: ["Cử nhân Luật", "Thạc sĩ Luật"],
  },
  revenue: {
    titles: [
      ["Chuyên viên", 35],
      ["Kiểm soát viên", 20],
      ["Kế toán viên", 15],
      ["Chuyên viên chính", 12],
    ],
    qualifications: ["Cử nhân Tài chính - Ngân hàng", "Cử nhân Kế toán", "Thạc sĩ Kinh tế", "Cử nhân Kinh tế"],
  },
};

/** Departments whose staff study for that department's work (the rest keep their profile's qualifications). */
const bodyQualifications: readonly (readonly [string, readonly string[]])[] = [
  ["Tài chính", ["Cử nhân Tài chính - Ngân hàng", "Cử nhân Kế toán", "Thạc sĩ Kinh tế", "Cử nhân Kinh tế đầu tư"]],
  ["Giáo dục", ["Cử nhân Sư phạm Toán", "Thạc sĩ Quản lý giáo dục", "Cử nhân Sư phạm Ngữ văn"]],
  ["Y tế", ["Bác sĩ đa khoa", "Cử nhân Y tế công cộng", "Dược sĩ đại học"]],
  ["Nông nghiệp", ["Kỹ sư Nông học", "Kỹ sư Lâm nghiệp", "Kỹ sư Thủy lợi", "Cử nhân Quản lý đất đai"]],
  ["Tài nguyên", ["Cử nhân Quản lý đất đai", "Kỹ sư Môi trường", "Kỹ sư Trắc địa"]],
  ["Xây dựng", ["Kỹ sư Xây dựng", "Kiến trúc sư", "Kỹ sư Cầu đường"]],
  ["Giao thông", ["Kỹ sư Cầu đường", "Kỹ sư Cơ khí ô tô", "Cử nhân Kinh tế vận tải"]],
  ["Khoa học", ["Kỹ sư Công nghệ thông tin", "Thạc sĩ Khoa học máy tính", "Kỹ sư Điện tử"]],
  ["Thông tin", ["Kỹ sư Công nghệ thông tin", "Cử nhân Báo chí", "Kỹ sư Điện tử - Viễn thông"]],
  ["Tư pháp", ["Cử nhân Luật", "Thạc sĩ Luật"]],
  ["Nội vụ", ["Cử nhân Hành chính", "Cử nhân Luật", "Cử nhân Lưu trữ học"]],
  ["Lao động", ["Cử nhân Công tác xã hội", "Cử nhân Kinh tế lao động", "Cử nhân Luật"]],
  ["Văn hóa", ["Cử nhân Văn hóa học", "Cử nhân Du lịch", "Cử nhân Thư viện"]],
  ["Công Thương", ["Cử nhân Kinh tế", "Kỹ sư Điện", "Cử nhân Quản trị kinh doanh"]],
  ["Thanh tra", ["Cử nhân Luật", "Cử nhân Kinh tế"]],
];

export function staffTitle(random: Random, profile: Profile, cellName: string): string {
  if (cellName.includes("Sinh viên")) return "Sinh viên";
  if (/Kế toán|Tài chính - Quản trị|Kế hoạch - Tài chính/.test(cellName) && random.chance(0.5)) return "Kế toán viên";
  if (/Thanh tra/.test(cellName) && random.chance(0.6)) return "Thanh tra viên";
  if (profile === "school" && /Cao đẳng|Chính trị/.test(cellName))
    return random.pick(["Giảng viên", "Giảng viên chính"]);
  return random.weighted(work[profile].titles);
}

export function qualification(random: Random, profile: Profile, body: string, title: string): string {
  if (title === "Sinh viên") return "";
  if (title === "Điều dưỡng") return random.pick(["Cử nhân Điều dưỡng", "Điều dưỡng cao đẳng"]);
  if (title === "Bác sĩ")
    return random.pick(["Bác sĩ đa khoa", "Bác sĩ chuyên khoa I", "Thạc sĩ Y học", "Bác sĩ chuyên khoa II"]);
  if (title === "Kế toán viên") return random.pick(["Cử nhân Kế toán", "Cử nhân Tài chính - Ngân hàng"]);
  const own = profile === "office" ? bodyQualifications.find(([key]) => body.includes(key))?.[1] : undefined;
  return random.pick(own ?? work[profile].qualifications);
}

/** The head of a cell, by what the cell is: "Văn phòng" has a Chánh Văn phòng, a "Khoa" a Trưởng khoa. */
export function cellHeadTitle(cellName: string, deputy: boolean): string {
  const name = cellName.replace(/^Chi bộ /, "");
  const head = name.startsWith("Văn phòng")
    ? "Chánh Văn phòng"
    : name.startsWith("Thanh tra")
      ? "Chánh Thanh tra"
      : name.startsWith("Khoa")
        ? "Trưởng khoa"
        : name.startsWith("Ban")
          ? "Trưởng ban"
          : name.startsWith("Chi cục")
            ? "Chi cục trưởng"
            : name.startsWith("Tòa")
              ? "Chánh tòa"
              : name.startsWith("Phòng")
                ? "Trưởng phòng"
                : "Giám đốc";
  return deputy ? `Phó ${head}`.replace("Phó Chi cục trưởng", "Phó Chi cục trưởng") : head;
}

/** The general education people of an age wrote on their papers: the 10-year system for many born before 1975. */
export function generalEducation(random: Random, birthDate: string): string {
  const year = Number(birthDate.slice(0, 4));
  if (year < 1970) return random.chance(0.75) ? "10/10" : "12/12";
  if (year < 1975) return random.chance(0.55) ? "10/10" : "12/12";
  if (year < 1980) return random.chance(0.12) ? "10/10" : "12/12";
  return "12/12";
}

/** Political theory (lý luận chính trị): more, and higher, with age and rank. */
export function theoryLevel(random: Random, age: number, leader: boolean): string {
  if (leader)
    return random.weighted([
      ["advanced", 70],
      ["intermediate", 30],
    ] as const);
  if (age < 30)
    return random.weighted([
      ["none", 35],
      ["elementary", 60],
      ["intermediate", 5],
    ] as const);
  if (age < 45)
    return random.weighted([
      ["elementary", 50],
      ["intermediate", 42],
      ["advanced", 8],
    ] as const);
  return random.weighted([
    ["elementary", 30],
    ["intermediate", 50],
    ["advanced", 20],
  ] as const);
}

/**
 * The retirement age in months for someone of this sex reaching it in `year`: the Labour Code 2019 roadmap
 * (Nghị định 135/2020/NĐ-CP), from 60 years 3 months (men) and 55 years 4 months (women) in 2021, rising by 3 and 4
 * months a year to 62 and 60. Working members stay below it; older ones belong to their place of residence.
 */
export function retirementAgeMonths(sex: Sex, year: number): number {
  const after = Math.max(0, year - 2020);
  return sex === "male" ? Math.min(720 + 3 * after, 744) : Math.min(660 + 4 * after, 720);
}
