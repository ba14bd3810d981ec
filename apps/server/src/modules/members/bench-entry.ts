import type { Ctx } from "../../context";
import { importMembers } from "./members-import.service";

/** The benchmark's way in: a confirmed import without HTTP, so only the import itself is timed. */
export function importMembersForBench(ctx: Ctx, buffer: Buffer) {
  return importMembers(ctx, buffer, false);
}
