import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { meetingDocuments, meetingTasks } from "../../db/schema";

/** The documents of a meeting without their content, oldest first. */
export function listDocuments(db: Db, meetingId: string) {
  return db
    .select({
      id: meetingDocuments.id,
      fileName: meetingDocuments.fileName,
      size: meetingDocuments.size,
      mimeType: meetingDocuments.mimeType,
    })
    .from(meetingDocuments)
    .where(eq(meetingDocuments.meetingId, meetingId))
    .orderBy(asc(meetingDocuments.uploadedAt), asc(meetingDocuments.fileName));
}

/** One document of a meeting, with its content; undefined when it belongs to another meeting. */
export async function findDocument(db: Db, meetingId: string, id: string) {
  const [row] = await db
    .select()
    .from(meetingDocuments)
    .where(and(eq(meetingDocuments.id, id), eq(meetingDocuments.meetingId, meetingId)));
  return row;
}

export async function insertDocument(db: Db, row: typeof meetingDocuments.$inferInsert) {
  await db.insert(meetingDocuments).values(row);
}

export async function deleteDocument(db: Db, id: string) {
  await db.delete(meetingDocuments).where(eq(meetingDocuments.id, id));
}

/** The resolutions of a meeting, turned into tasks when the minutes were written. */
export function tasksOfMeeting(db: Db, meetingId: string) {
  return db.select().from(meetingTasks).where(eq(meetingTasks.meetingId, meetingId)).orderBy(asc(meetingTasks.dueOn));
}
