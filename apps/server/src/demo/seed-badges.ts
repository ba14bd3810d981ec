import { bulkInsert } from "../db/bulk";
import type { Db } from "../db/database";
import { awardDecisions, partyBadges } from "../db/schema";
import { membersModule } from "../modules/members";
import { addDays, addMonths } from "../rules/dates";
import type { GeneratedMember } from "./members";
import type { Random } from "./random";
import { at } from "./rating-rows";
import type { DecisionNumbers } from "./rating-units";
import { partyAgeOn } from "./seed-lives";

const signers = ["Nguyễn Văn Thịnh", "Lê Thị Kim Oanh"];

function setting<T>(key: string): T {
  return (membersModule.ruleSettings ?? []).filter((s) => s.key === key).at(-1)?.value as T;
}

/** The award dates (3/2, 19/5, 2/9, 7/11) of the last three years before today, each with the one before it. */
export function pastAwardDates(today: string): { on: string; previous: string }[] {
  const days = setting<string[]>("badge.awardDays");
  const year = Number(today.slice(0, 4));
  const all = [year - 4, year - 3, year - 2, year - 1, year].flatMap((y) => days.map((d) => `${y}-${d}`)).sort();
  const from = addMonths(today, -36);
  return all
    .map((on, i) => ({ on, previous: all[i - 1] as string }))
    .filter((d) => d.previous && d.on >= from && d.on < today);
}

/**
 * Party badges on the past award dates of the last three years, decided by the provincial standing committee: every
 * member on the list whose party age (members module's partyAge, gaps subtracted) reached a milestone since the
 * award date before, and the members who died within twelve months of their milestone (posthumous). Bác Tư's
 * 40 years fall on the next 3/2: a journey records it.
 */
export async function seedDemoBadges(
  db: Db,
  random: Random,
  generated: GeneratedMember[],
  provinceId: string,
  numbers: DecisionNumbers,
  today: string,
  now: Date,
) {
  const milestones = setting<number[]>("badge.milestones");
  const decisions: (typeof awardDecisions.$inferInsert)[] = [];
  const badges: (typeof partyBadges.$inferInsert)[] = [];
  let serial = random.int(120_000, 180_000);
  for (const { on, previous } of pastAwardDates(today)) {
    const awarded: { g: GeneratedMember; milestone: number; kind: "regular" | "posthumous" }[] = [];
    // Nobody admitted since then can be within twelve months of the first milestone.
    const admittedBy = addMonths(on, -(Math.min(...milestones) - 1) * 12);
    for (const g of generated) {
      const m = g.member;
      if (!m.fullMembershipOn || m.fullMembershipOn > on || (m.firstAdmissionDecidedOn as string) > admittedBy)
        continue;
      const died = m.exitReason === "died" && m.exitedOn && m.exitedOn > previous && m.exitedOn <= on;
      if (died) {
        const age = partyAgeOn(g, on);
        const reachable = milestones.filter((x) => age >= x * 12 - 12 && age < x * 12);
        if (reachable.length) awarded.push({ g, milestone: Math.max(...reachable), kind: "posthumous" });
        continue;
      }
      if (m.exitedOn && m.exitedOn <= on) continue;
      const before = partyAgeOn(g, previous);
      const after = partyAgeOn(g, on);
      const reached = milestones.find((x) => before < x * 12 && after >= x * 12);
      if (reached && !disciplinedWithin(g, on)) awarded.push({ g, milestone: reached, kind: "regular" });
    }
    if (awarded.length === 0) continue;
    const decision = {
      id: random.uuid(),
      kind: "badge",
      decidingUnitId: provinceId,
      number: numbers.next("QĐ/TU", 600, 2400),
      signedOn: addDays(on, -random.int(6, 14)),
      signerName: random.pick(signers),
      createdAt: now,
    };
    decisions.push(decision);
    for (const a of awarded) {
      serial += random.int(1, 40);
      badges.push({
        id: random.uuid(),
        memberId: a.g.member.id,
        milestone: a.milestone,
        kind: a.kind,
        awardDate: on,
        decisionId: decision.id,
        badgeNumber: String(serial),
        note: a.kind === "posthumous" ? "Truy tặng; gia đình đồng chí nhận thay tại lễ trao." : null,
        createdAt: at(on, 9),
      });
    }
  }
  await bulkInsert(db, awardDecisions, decisions);
  await bulkInsert(db, partyBadges, badges);
}

/** A discipline decided less than a year before the award date holds the badge back (demo: never the case). */
function disciplinedWithin(g: GeneratedMember, on: string): boolean {
  return g.events.some((e) => e.kind === "discipline" && e.occurredOn <= on && addMonths(e.occurredOn, 12) > on);
}
