import type { GeneratedMember } from "./members";
import { exclusionOf, listedCellOn, type TreeOn } from "./rating-units";
import type { RatingsContext } from "./seed-ratings";

/** A few base organisations excellent every year (the bằng khen of seed-awards.ts): those that exist throughout. */
export function starOrgs(c: RatingsContext, tree: TreeOn): Set<string> {
  const bases = c.tree.units.filter((u) => u.type === "grassroots_committee" && !u.dissolvedOn);
  return new Set(
    bases
      .filter((u) => tree.units.has(u.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .filter((_, i) => i % 13 === 4)
      .map((u) => u.id),
  );
}

/**
 * The member rated not completed two years running (the last two), so the striking-off reminder shows: someone on
 * the list throughout, outside the journeys' base organisation, in a cell that existed unchanged.
 */
export function twiceNotCompleted(c: RatingsContext, year: number): Map<number, string> {
  const journeyBase = c.tree.units.find((u) => u.id === c.journeyCellId)?.parentId;
  const days = [`${year - 2}-12-31`, `${year - 1}-12-31`, c.today];
  const candidates = c.generated.filter((g) => {
    const cells = days.map((d) => listedCellOn(g, d));
    const unit = c.tree.units.find((u) => u.id === cells[0]);
    return (
      cells[0] &&
      cells.every((x) => x === cells[0]) &&
      unit?.parentId !== journeyBase &&
      g.member.status === "full" &&
      !g.member.isExempt &&
      exclusionOf(g, days[0] as string) === null
    );
  });
  const chosen = candidates[Math.floor(candidates.length / 3)] as GeneratedMember;
  return new Map([
    [year - 2, chosen.member.id],
    [year - 1, chosen.member.id],
  ]);
}
