import type { Subject, SubjectInput } from "@dangvu/contract";
import { ancestorsOrSelf } from "../../access/scope";
import type { Ctx } from "../../context";
import type { Db } from "../../db/database";
import type { StoredSubject } from "../../db/schema";
import { RuleViolation } from "../../errors";
import { requireMember } from "../members";
import { unitNames } from "../org";
import { namesMember } from "./inspection.rules";
import { memberNames } from "./inspection-subjects.repo";

export { memberNames };

/**
 * The subjects of a case, an item or a letter as stored: an organisation strictly below the inspecting unit, or a
 * member (a committee member too) of its subtree, with the cell the member stands in now. A subject the rules do not
 * allow is refused (422) naming the field; a member the actor may not see is not revealed (404).
 */
export async function resolveSubjects(
  ctx: Ctx,
  unitId: string,
  inputs: readonly SubjectInput[],
  field = "subjects",
): Promise<StoredSubject[]> {
  const stored: StoredSubject[] = [];
  for (const [i, input] of inputs.entries()) {
    const at = `${field}.${i}`;
    if (namesMember(input.type)) {
      if (!input.memberId) throw new RuleViolation("inspection.subjectMemberRequired", {}, { [at]: "text.required" });
      const { member } = await requireMember(ctx, input.memberId);
      await requireUnder(ctx, member.orgUnitId, unitId, false, at);
      stored.push({ type: input.type, orgUnitId: member.orgUnitId, memberId: member.id });
    } else {
      if (!input.orgUnitId) throw new RuleViolation("inspection.subjectUnitRequired", {}, { [at]: "text.required" });
      await requireUnder(ctx, input.orgUnitId, unitId, true, at);
      stored.push({ type: input.type, orgUnitId: input.orgUnitId, memberId: null });
    }
  }
  const keys = stored.map((s) => `${s.type}:${s.memberId ?? s.orgUnitId}`);
  if (new Set(keys).size !== keys.length)
    throw new RuleViolation("inspection.subjectTwice", {}, { [field]: "inspection.subjectTwice" });
  return stored;
}

async function requireUnder(ctx: Ctx, subjectUnit: string, unitId: string, strictly: boolean, at: string) {
  const chain = await ancestorsOrSelf(ctx.db, subjectUnit);
  const under = chain.has(unitId) && (!strictly || subjectUnit !== unitId);
  if (!under) throw new RuleViolation("inspection.subjectOutside", {}, { [at]: "inspection.subjectOutside" });
}

/** The subjects with the names to show: the unit's current name, the member's name. */
export async function subjectViews(db: Db, stored: readonly StoredSubject[]): Promise<Subject[]> {
  const units = await unitNames(db, [...new Set(stored.map((s) => s.orgUnitId))]);
  const names = await memberNames(
    db,
    stored.flatMap((s) => (s.memberId ? [s.memberId] : [])),
  );
  return stored.map((s) => ({
    type: s.type as Subject["type"],
    orgUnitId: s.orgUnitId,
    orgUnitName: units.get(s.orgUnitId) ?? "",
    memberId: s.memberId,
    memberName: s.memberId ? (names.get(s.memberId) ?? null) : null,
  }));
}

/** A short text of the subjects for lists ("Nguyễn Văn A; Chi bộ Phòng B"). */
export function subjectNames(subjects: readonly Subject[]): string {
  return subjects.map((s) => s.memberName ?? s.orgUnitName).join("; ");
}
