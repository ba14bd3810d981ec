import type { Ctx } from "../../context";
import { importMembers } from "./members-import.service";

/**
 * The benchmark's way in: a confirmed import without HTTP or a job row, so only the import itself is timed (reading,
 * checking, staging in chunks, the SQL checks and the final insert … select).
 */
export function importMembersForBench(ctx: Ctx, buffer: Buffer, id: string) {
  return importMembers(ctx, { id, progress: async () => {} }, { fileName: "bench.xlsx", content: buffer }, false);
}
