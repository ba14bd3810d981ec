import { writeFileSync } from "node:fs";
import { reportDocx } from "../src/modules/reports/reports-docx";
import { reportXlsx } from "../src/modules/reports/reports-xlsx";
import { sampleChildren, sampleHeading, sampleReport } from "./report-sample";

/**
 * Writes the sample 6-month report as .docx and .xlsx into the folder given (scripts/check-report-docx.sh), with a
 * member list section and two members so the landscape attachment is rendered too.
 */
const dir = process.argv[2] ?? ".";
const report = sampleReport();
report.sections.push({ kind: "memberList", key: "book", title: "Danh sách đảng viên" });
const line = (name: string) => [
  `${name}\n${name}`,
  "Nam; Kinh; Không",
  "Xã Yên Phong, tỉnh Bắc Ninh",
  "12/12; Cao cấp; Thạc sĩ Kinh tế; Tiếng Anh B1",
  "Giáo viên; Chuyên viên",
  "03/02/2010; 03/02/2011",
  "01.234567; 123.456; ",
  "",
  "",
  "",
  "",
  "",
  "",
];
const memberList = [line("Nguyễn Văn An"), line("Trần Thị Bình")];
writeFileSync(`${dir}/bao-cao-mau.docx`, await reportDocx(report, sampleHeading({ memberList })));
writeFileSync(
  `${dir}/bao-cao-mau-du-thao.docx`,
  await reportDocx(sampleReport({ status: "draft", documentNumber: null }), sampleHeading()),
);
writeFileSync(`${dir}/bao-cao-mau.xlsx`, await reportXlsx(report, sampleChildren(), memberList));
console.log(`wrote ${dir}/bao-cao-mau.docx, bao-cao-mau-du-thao.docx, bao-cao-mau.xlsx`);
