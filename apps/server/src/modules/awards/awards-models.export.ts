import type { ModelListQuery, ModelTitle } from "@dangvu/contract";
import type { Ctx } from "../../context";
import ExcelJS from "../../platform/excel";
import { type SheetColumn, writeList } from "../../platform/excel-sheet";
import { dmy } from "../../rules/dates";
import { ruleValue } from "../../rules/settings";
import { unitNames } from "../org";
import { modelTitlesKey } from "./awards-commendations.settings";
import * as repo from "./awards-models.repo";
import { modelFilter, toModel } from "./awards-models.service";

const statusLabels: Record<string, string> = {
  registered: "Đã đăng ký",
  recognised: "Được công nhận",
  not_recognised: "Không được công nhận",
};
const levelLabels: Record<string, string> = { bloc: "Cấp Đảng bộ Khối", grassroots: "Cấp cơ sở" };

const columns: SheetColumn[] = [
  { header: "STT", key: "no", width: 6 },
  { header: "Tên mô hình", key: "name", width: 36 },
  { header: "Danh hiệu", key: "titleLabel", width: 18 },
  { header: "Lĩnh vực", key: "fieldLabel", width: 22 },
  { header: "Cấp", key: "levelLabel", width: 16 },
  { header: "Đơn vị đăng ký", key: "orgUnitName", width: 32 },
  { header: "Gương điển hình", key: "memberName", width: 22 },
  { header: "Năm", key: "year", width: 8 },
  { header: "Ngày đăng ký", key: "registeredOn", width: 13, date: true },
  { header: "Giá trị (đồng)", key: "valueVnd", width: 16 },
  { header: "Điểm", key: "score", width: 8 },
  { header: "Kết quả", key: "statusLabel", width: 20 },
  { header: "Số quyết định công nhận", key: "recognitionNumber", width: 20 },
  { header: "Ngày công nhận", key: "recognisedOn", width: 13, date: true },
];

/** The registry of emulation models as filtered, as an .xlsx with its title block. */
export async function exportModels(
  ctx: Ctx,
  query: Omit<ModelListQuery, "page" | "pageSize">,
): Promise<{ fileName: string; buffer: Buffer }> {
  const { rows } = await repo.listModels(ctx.db, await modelFilter(ctx, query), null);
  const titles = await ruleValue<ModelTitle[]>(ctx.db, modelTitlesKey, ctx.today);
  const unit = query.orgUnitId ? (await unitNames(ctx.db, [query.orgUnitId])).get(query.orgUnitId) : null;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Đảng Vụ";
  const lines = [
    `Đơn vị: ${unit ?? "các đơn vị được xem"}`,
    `Năm: ${query.year ?? "tất cả"}. Ngày lập: ${dmy(ctx.today)}. Tổng số: ${rows.length} mô hình.`,
  ];
  writeList(
    workbook.addWorksheet("Mô hình"),
    { title: "DANH SÁCH MÔ HÌNH, CÔNG TRÌNH THI ĐUA", lines },
    columns,
    rows.map((r, i) => {
      const model = toModel(r, titles);
      return {
        ...model,
        no: i + 1,
        levelLabel: levelLabels[model.level] ?? model.level,
        statusLabel: statusLabels[model.status] ?? model.status,
      };
    }),
  );
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `mo-hinh-thi-dua-${query.year ?? "tat-ca"}-${ctx.today}.xlsx`, buffer };
}
