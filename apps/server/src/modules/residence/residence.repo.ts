import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { inResolvedScope } from "../../access/scope";
import type { Db } from "../../db/database";
import { residenceCommentRequests, residenceRegistrations } from "../../db/schema";
import { rowsOf } from "../../db/sql";
import { memberSummariesSql } from "../members";
import { lastUnitNameSql } from "../org";

export type RegistrationRow = typeof residenceRegistrations.$inferSelect;
export type RequestRow = typeof residenceCommentRequests.$inferSelect;

/** A request joined with what lists show about it: the member, their cell, the residence organisation. */
export interface ListedRequest {
  id: string;
  memberId: string;
  memberName: string;
  orgUnitId: string;
  orgUnitName: string;
  residenceOrgName: string;
  year: number;
  requestedOn: string;
  dueOn: string;
  expiresAt: Date | string | null;
  status: string;
  via: string | null;
  assessment: string | null;
  commentText: string | null;
  signerName: string | null;
  signerPosition: string | null;
  receivedOn: string | null;
  scanFileName: string | null;
}

const listedColumns = sql`r.id, r.member_id as "memberId", m.full_name as "memberName", m.org_unit_id as "orgUnitId",
  ${lastUnitNameSql(sql`m.org_unit_id`)} as "orgUnitName",
  g.residence_org_name as "residenceOrgName", r.year, r.requested_on::text as "requestedOn", r.due_on::text as "dueOn",
  r.expires_at as "expiresAt", r.status, r.via, r.assessment, r.comment_text as "commentText",
  r.signer_name as "signerName", r.signer_position as "signerPosition", r.received_on::text as "receivedOn",
  r.scan_file_name as "scanFileName"
  from residence_comment_requests r join ${memberSummariesSql()} m on m.id = r.member_id
  join residence_registrations g on g.id = r.registration_id`;

export async function findRegistration(db: Db, id: string): Promise<RegistrationRow | undefined> {
  const [row] = await db.select().from(residenceRegistrations).where(eq(residenceRegistrations.id, id));
  return row;
}

export function listRegistrations(db: Db, memberId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(residenceRegistrations)
    .where(eq(residenceRegistrations.memberId, memberId))
    .orderBy(desc(residenceRegistrations.registeredOn), desc(residenceRegistrations.id));
}

/** The registration still in force (not ended), if any. */
export async function activeRegistration(db: Db, memberId: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(residenceRegistrations)
    .where(and(eq(residenceRegistrations.memberId, memberId), isNull(residenceRegistrations.endedOn)));
  return row;
}

export async function insertRegistration(db: Db, row: typeof residenceRegistrations.$inferInsert) {
  await db.insert(residenceRegistrations).values(row);
}

/** Updates a registration if the version is still `expected`, bumping it; false when someone changed it first. */
export async function updateRegistration(
  db: Db,
  id: string,
  expected: number,
  changes: Partial<typeof residenceRegistrations.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(residenceRegistrations)
    .set({ ...changes, version: sql`${residenceRegistrations.version} + 1` })
    .where(and(eq(residenceRegistrations.id, id), eq(residenceRegistrations.version, expected)))
    .returning({ id: residenceRegistrations.id });
  return rows.length === 1;
}

export async function findRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(residenceCommentRequests).where(eq(residenceCommentRequests.id, id));
  return row;
}

export async function findRequestByTokenHash(db: Db, tokenHash: string): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(residenceCommentRequests)
    .where(eq(residenceCommentRequests.tokenHash, tokenHash));
  return row;
}

/** Whether a short code (by its hash) was already given to a request. */
export async function shortCodeTaken(db: Db, hash: string): Promise<boolean> {
  const rows = await db
    .select({ id: residenceCommentRequests.id })
    .from(residenceCommentRequests)
    .where(eq(residenceCommentRequests.shortCodeHash, hash));
  return rows.length > 0;
}

/** The request a short code was given to (by the code's hash). */
export async function findRequestByShortCode(db: Db, hash: string): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(residenceCommentRequests)
    .where(eq(residenceCommentRequests.shortCodeHash, hash));
  return row;
}

export function requestsOfMemberYear(db: Db, memberId: string, year: number): Promise<RequestRow[]> {
  return db
    .select()
    .from(residenceCommentRequests)
    .where(and(eq(residenceCommentRequests.memberId, memberId), eq(residenceCommentRequests.year, year)));
}

export async function insertRequest(db: Db, row: typeof residenceCommentRequests.$inferInsert) {
  await db.insert(residenceCommentRequests).values(row);
}

/** Puts a new link on a request still waiting for its comment; false when it was received meanwhile. */
export async function replaceLink(
  db: Db,
  id: string,
  link: { tokenHash: string; shortCodeHash: string; tokenSealed: string; expiresAt: Date },
): Promise<boolean> {
  const rows = await db
    .update(residenceCommentRequests)
    .set(link)
    .where(and(eq(residenceCommentRequests.id, id), eq(residenceCommentRequests.status, "requested")))
    .returning({ id: residenceCommentRequests.id });
  return rows.length === 1;
}

/** Records the comment on a request still waiting for it; false when it was received meanwhile. */
export async function markReceived(
  db: Db,
  id: string,
  comment: Partial<typeof residenceCommentRequests.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(residenceCommentRequests)
    .set({ ...comment, status: "received" })
    .where(and(eq(residenceCommentRequests.id, id), eq(residenceCommentRequests.status, "requested")))
    .returning({ id: residenceCommentRequests.id });
  return rows.length === 1;
}

export async function listedRequest(db: Db, id: string): Promise<ListedRequest | undefined> {
  return rowsOf<ListedRequest>(await db.execute(sql`select ${listedColumns} where r.id = ${id}`))[0];
}

export async function listedRequestsOfMember(db: Db, memberId: string): Promise<ListedRequest[]> {
  const result = await db.execute(
    sql`select ${listedColumns} where r.member_id = ${memberId} order by r.year desc, r.requested_on desc, r.id`,
  );
  return rowsOf<ListedRequest>(result);
}

export interface RequestFilter {
  year?: number;
  status?: "requested" | "received" | "overdue";
}

/**
 * One page of the requests of the members in a resolved scope, with the total: the latest year first, then those
 * still awaited before those received, each by due date (so overdue ones lead), then by name. The year, status and
 * due date order comes from an index on the table; the scope is applied in SQL.
 */
export async function listRequests(
  db: Db,
  scope: string[] | "all",
  filter: RequestFilter,
  today: string,
  page: { page: number; pageSize: number },
): Promise<{ rows: ListedRequest[]; total: number }> {
  // Every request belongs to a member (a foreign key): over the whole tree the total needs no join to members.
  const parts: SQL[] = [inResolvedScope(sql`m.org_unit_id`, scope)];
  if (filter.year) parts.push(sql`r.year = ${filter.year}`);
  if (filter.status === "overdue") parts.push(sql`r.status = 'requested' and r.due_on < ${today}::date`);
  else if (filter.status) parts.push(sql`r.status = ${filter.status}`);
  const where = sql.join(parts, sql` and `);
  const [rows, count] = await Promise.all([
    db.execute(sql`select ${listedColumns} where ${where}
      order by r.year desc nulls last, r.status desc nulls last, r.due_on, m.name_sort_key collate "C", r.id
      limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`),
    db.execute(sql`select count(*)::int as n from residence_comment_requests r
      ${scope === "all" ? sql`` : sql`join ${memberSummariesSql()} m on m.id = r.member_id`} where ${where}`),
  ]);
  return { rows: rowsOf<ListedRequest>(rows), total: rowsOf<{ n: number }>(count)[0]?.n ?? 0 };
}

/** A member's registration in force at their place of residence, with the yearly comments; null when none. */
export async function ownResidence(db: Db, memberId: string) {
  const registration = rowsOf<{ id: string; address: string; residenceOrgName: string; case: string }>(
    await db.execute(sql`select id, address, residence_org_name as "residenceOrgName", "case" from residence_registrations
      where member_id = ${memberId} and ended_on is null order by registered_on desc limit 1`),
  )[0];
  if (!registration) return null;
  const comments = rowsOf<{ year: number; status: string; assessment: string | null; receivedOn: string | null }>(
    await db.execute(sql`select year, status, assessment, received_on::text as "receivedOn" from residence_comment_requests
      where member_id = ${memberId} order by year desc`),
  );
  return {
    address: registration.address,
    residenceOrgName: registration.residenceOrgName,
    case: registration.case,
    comments,
  };
}
