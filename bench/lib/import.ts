import { spawn } from "node:child_process";
import fs from "node:fs";
import { Readable } from "node:stream";
import { vietnamDate } from "@dangvu/server/src/context";
import type { GeneratedMember } from "@dangvu/server/src/demo/members";
import type { GeneratedUnit } from "@dangvu/server/src/demo/tree";
import ExcelJS, { type Row } from "@dangvu/server/src/platform/excel";

const header = [
  "Họ và tên",
  "Giới tính",
  "Ngày sinh",
  "Số CCCD",
  "Chi bộ",
  "Trạng thái",
  "Số quyết định kết nạp",
  "Ngày quyết định kết nạp",
  "Ngày lễ kết nạp",
  "Ngày chính thức",
  "Dân tộc",
  "Tôn giáo",
  "Quê quán",
  "Giáo dục phổ thông",
  "Chuyên môn",
  "Lý luận chính trị",
  "Nghề nghiệp",
  "Chức vụ",
  "Điện thoại",
];
const statusText = {
  candidate: "Quần chúng ưu tú",
  probationary: "Đảng viên dự bị",
  full: "Đảng viên chính thức",
  left: "Đảng viên chính thức",
};
const theoryText: Record<string, string> = {
  none: "Chưa",
  elementary: "Sơ cấp",
  intermediate: "Trung cấp",
  advanced: "Cao cấp",
};
const dmy = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "");

/** The rows of the import file, as the template asks for them. */
export function importRows(members: GeneratedMember[], units: Map<string, GeneratedUnit>): string[][] {
  const today = vietnamDate(new Date());
  return members.map(({ member: generated }, i) => {
    // The generator lets a member admitted less than a year ago be "full" with a full-membership date still to come,
    // which the import rightly refuses; such a row is written as the probationary member they are today.
    const m =
      generated.fullMembershipOn && generated.fullMembershipOn > today
        ? { ...generated, status: "probationary" as const, fullMembershipOn: null }
        : generated;
    const cell = units.get(m.orgUnitId) as GeneratedUnit;
    const parent = cell.parentId ? units.get(cell.parentId) : undefined;
    const label =
      parent && parent.type !== "upper_committee"
        ? `${cell.name} — ${parent.name}`
        : `${cell.name} — ${parent?.name ?? ""}`;
    return [
      m.fullName,
      m.sex === "male" ? "Nam" : "Nữ",
      dmy(m.birthDate),
      `098${String(i).padStart(9, "0")}`,
      label,
      statusText[m.status],
      m.admissionDecisionNo ?? "",
      dmy(m.admissionDecidedOn),
      dmy(m.ceremonyOn),
      dmy(m.fullMembershipOn),
      m.ethnicity,
      m.religion,
      m.homeTown,
      m.generalEducation,
      m.professionalQualification,
      theoryText[m.politicalTheoryLevel] ?? "Chưa",
      m.occupation,
      m.jobTitle,
      m.phone,
    ];
  });
}

/** Writes the rows as an .xlsx file with exceljs's streaming writer. */
export async function writeXlsx(file: string, rows: string[][]) {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = writer.addWorksheet("Đảng viên");
  sheet.addRow(header).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await writer.commit();
}

/** The floor for reading: exceljs's streaming reader over the same file, values only. */
export async function readOnly(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(fs.readFileSync(file)), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let count = 0;
  for await (const sheet of reader) {
    for await (const row of sheet as unknown as AsyncIterable<Row>) {
      row.eachCell(() => {});
      count++;
    }
  }
  return count - 1;
}

/** The floor for writing: PostgreSQL COPY of the same rows into a table shaped like the members table. */
export async function copyRows(url: string, rows: string[][]): Promise<void> {
  const u = new URL(url);
  const csv = rows.map((r) => r.map((v) => `"${v.replaceAll('"', '""')}"`).join(",")).join("\n");
  const sql = `create temporary table copy_floor (full_name text, sex text, birth_date text, citizen_id text, org_unit text, status text, decision_no text, decided_on text, ceremony_on text, full_on text, ethnicity text, religion text, home_town text, general_education text, qualification text, theory text, occupation text, job_title text, phone text);
\\copy copy_floor from stdin with (format csv)
${csv}
\\.
`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      "psql",
      [
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "-h",
        u.hostname,
        "-p",
        u.port || "5432",
        "-U",
        u.username || "postgres",
        u.pathname.slice(1),
      ],
      { stdio: ["pipe", "ignore", "inherit"] },
    );
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`psql exited ${code}`))));
    child.stdin.end(sql);
  });
}
