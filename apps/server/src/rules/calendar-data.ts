import { type DayOff, type LunarDates, provisionalDaysOff } from "./calendar";

/** Tết and Giỗ Tổ by the Vietnamese lunar calendar (UTC+7), records-and-calendar.md §1.6, pinned as data. */
export const lunarDates: Record<number, LunarDates> = {
  2015: { tet: "2015-02-19", hungKings: "2015-04-28" },
  2016: { tet: "2016-02-08", hungKings: "2016-04-16" },
  2017: { tet: "2017-01-28", hungKings: "2017-04-06" },
  2018: { tet: "2018-02-16", hungKings: "2018-04-25" },
  2019: { tet: "2019-02-05", hungKings: "2019-04-14" },
  2020: { tet: "2020-01-25", hungKings: "2020-04-02" },
  2021: { tet: "2021-02-12", hungKings: "2021-04-21" },
  2022: { tet: "2022-02-01", hungKings: "2022-04-10" },
  2023: { tet: "2023-01-22", hungKings: "2023-04-29" },
  2024: { tet: "2024-02-10", hungKings: "2024-04-18" },
  2025: { tet: "2025-01-29", hungKings: "2025-04-07" },
  2026: { tet: "2026-02-17", hungKings: "2026-04-26" },
  2027: { tet: "2027-02-06", hungKings: "2027-04-16" },
  2028: { tet: "2028-01-26", hungKings: "2028-04-04" },
  2029: { tet: "2029-02-13", hungKings: "2029-04-23" },
  2030: { tet: "2030-02-02", hungKings: "2030-04-12" },
};

interface OfficialYear {
  source: string;
  daysOff: DayOff[];
  workingSaturdays: string[];
}

const off = (name: string, ...days: string[]) => days.map((day) => ({ day, name }));

/** The weekdays off and Saturdays worked that the Government fixed for civil servants (§1.4). */
export const officialYears: Record<number, OfficialYear> = {
  2023: {
    source: "Thông báo của Bộ LĐTBXH; VPCP 8056/VPCP-KGVX 01/12/2022",
    daysOff: [
      ...off("Nghỉ bù Tết Dương lịch", "2023-01-02"),
      ...off("Tết Nguyên đán", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26"),
      ...off("Ngày Quốc tế lao động", "2023-05-01"),
      ...off("Nghỉ bù Giỗ Tổ Hùng Vương và 30/4", "2023-05-02", "2023-05-03"),
      ...off("Quốc khánh", "2023-09-01", "2023-09-04"),
    ],
    workingSaturdays: [],
  },
  2024: {
    source: "VPCP 2450/VPCP-KGVX 12/4/2024; thông báo Bộ LĐTBXH",
    daysOff: [
      ...off("Tết Dương lịch", "2024-01-01"),
      ...off("Tết Nguyên đán", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"),
      ...off("Giỗ Tổ Hùng Vương", "2024-04-18"),
      ...off("Hoán đổi ngày làm việc", "2024-04-29"),
      ...off("Ngày Chiến thắng", "2024-04-30"),
      ...off("Ngày Quốc tế lao động", "2024-05-01"),
      ...off("Quốc khánh", "2024-09-02", "2024-09-03"),
    ],
    workingSaturdays: ["2024-05-04"],
  },
  2025: {
    source: "VPCP 8726/VPCP-KGVX 26/11/2024; thông báo Bộ Nội vụ",
    daysOff: [
      ...off("Tết Dương lịch", "2025-01-01"),
      ...off("Tết Nguyên đán", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"),
      ...off("Giỗ Tổ Hùng Vương", "2025-04-07"),
      ...off("Ngày Chiến thắng", "2025-04-30"),
      ...off("Ngày Quốc tế lao động", "2025-05-01"),
      ...off("Hoán đổi ngày làm việc", "2025-05-02"),
      ...off("Quốc khánh", "2025-09-01", "2025-09-02"),
    ],
    workingSaturdays: ["2025-04-26"],
  },
  2026: {
    source: "VPCP 12729/VPCP-KGVX 25/12/2025; Thủ tướng đồng ý 13/10/2025 (Bộ Nội vụ)",
    daysOff: [
      ...off("Tết Dương lịch", "2026-01-01"),
      ...off("Hoán đổi ngày làm việc", "2026-01-02"),
      ...off("Tết Nguyên đán", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"),
      ...off("Nghỉ bù Giỗ Tổ Hùng Vương", "2026-04-27"),
      ...off("Ngày Chiến thắng", "2026-04-30"),
      ...off("Ngày Quốc tế lao động", "2026-05-01"),
      ...off("Hoán đổi ngày làm việc", "2026-08-31"),
      ...off("Quốc khánh", "2026-09-01", "2026-09-02"),
    ],
    workingSaturdays: ["2026-01-10", "2026-08-22"],
  },
};

export interface CalendarRow {
  day: string;
  kind: "off" | "working";
  name: string;
  source: string | null;
  provisional: boolean;
}

/** The seeded calendar: official years as published, other years provisional from the statutory rules. */
export function seededCalendar(): CalendarRow[] {
  const rows: CalendarRow[] = [];
  for (const [yearText, lunar] of Object.entries(lunarDates)) {
    const year = Number(yearText);
    const official = officialYears[year];
    if (official) {
      for (const d of official.daysOff) rows.push({ ...d, kind: "off", source: official.source, provisional: false });
      for (const day of official.workingSaturdays)
        rows.push({ day, kind: "working", name: "Làm bù", source: official.source, provisional: false });
    } else {
      for (const d of provisionalDaysOff(year, lunar))
        rows.push({ ...d, kind: "off", source: "Bộ luật Lao động 2019, Điều 111, 112", provisional: true });
    }
  }
  return rows;
}
