import { and, eq, type SQL, sql } from "drizzle-orm";
import { inResolvedScope } from "../../access/scope";
import type { Db } from "../../db/database";
import { emulationModels } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { memberSummariesSql } from "../members";
import { lastUnitNameSql } from "../org";

export type ModelRow = typeof emulationModels.$inferSelect;
export interface ListedModel extends ModelRow {
  orgUnitName: string;
  memberName: string | null;
}

const listedSelect = sql`select e.id, e.org_unit_id as "orgUnitId", e.member_id as "memberId", e.title, e.name, e.field,
  e.level, e.year, e.registered_on::text as "registeredOn", e.value_vnd::float8 as "valueVnd", e.description, e.score,
  e.status, e.recognition_number as "recognitionNumber", e.recognised_on::text as "recognisedOn", e.version,
  e.created_at as "createdAt", ${lastUnitNameSql(sql`e.org_unit_id`)} as "orgUnitName", m.full_name as "memberName"
  from emulation_models e left join ${memberSummariesSql()} m on m.id = e.member_id`;

/** What a list or an export of models is narrowed to: the units in scope, and the filters asked. */
export interface ModelFilter {
  scope: string[] | "all";
  id?: string;
  year?: number;
  title?: string;
  field?: string;
  status?: string;
}

function whereOf(f: ModelFilter): SQL {
  const parts: SQL[] = [inResolvedScope(sql`e.org_unit_id`, f.scope)];
  if (f.id) parts.push(sql`e.id = ${f.id}`);
  if (f.year) parts.push(sql`e.year = ${f.year}`);
  if (f.title) parts.push(sql`e.title = ${f.title}`);
  if (f.field) parts.push(sql`e.field = ${f.field}`);
  if (f.status) parts.push(sql`e.status = ${f.status}`);
  return sql.join(parts, sql` and `);
}

/** Models matching the filter, by year then unit and name; `page` null for all (the export). */
export async function listModels(
  db: Db,
  filter: ModelFilter,
  page: { page: number; pageSize: number } | null,
): Promise<{ rows: ListedModel[]; total: number }> {
  const where = whereOf(filter);
  const limit = page ? sql`limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}` : sql`limit 10000`;
  const [rows, count] = await Promise.all([
    db.execute(sql`${listedSelect} where ${where} order by e.year desc, "orgUnitName", e.name, e.id ${limit}`),
    db.execute(sql`select count(*)::int as n from emulation_models e where ${where}`),
  ]);
  return { rows: rowsOf<ListedModel>(rows), total: rowsOf<{ n: number }>(count)[0]?.n ?? 0 };
}

export async function findModel(db: Db, id: string): Promise<ModelRow | undefined> {
  const [row] = await db.select().from(emulationModels).where(eq(emulationModels.id, id));
  return row;
}

export async function insertModel(db: Db, row: ModelRow) {
  await db.insert(emulationModels).values(row);
}

export async function updateModel(db: Db, id: string, version: number, changes: Partial<ModelRow>) {
  const rows = await db
    .update(emulationModels)
    .set({ ...changes, version: sql`${emulationModels.version} + 1` })
    .where(and(eq(emulationModels.id, id), eq(emulationModels.version, version)))
    .returning({ id: emulationModels.id });
  return rows.length === 1;
}

export async function deleteModel(db: Db, id: string) {
  await db.delete(emulationModels).where(eq(emulationModels.id, id));
}
