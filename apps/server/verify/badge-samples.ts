import { ruleSettings } from "../src/db/schema";
import { aMember } from "../test/builders";
import type { SampleContext, SampleParts } from "./requests";
import { uniqueTag, type World } from "./world";

const authorityFrom = "2026-01-01";

/**
 * The verify world grants every role at a base committee, where the seeded awards.badgeAuthority (the province's
 * standing committee or equivalent) refuses to record badge decisions. As a committee may, the world adds a later
 * version of the setting that lets any unit record them, once, so the endpoint can be seen to succeed.
 */
async function anyUnitDecides(world: World): Promise<void> {
  await world.database.db
    .insert(ruleSettings)
    .values({
      key: "awards.badgeAuthority",
      validFrom: authorityFrom,
      value: {
        decidingUnitTypes: [
          "provincial_committee",
          "upper_committee",
          "grassroots_committee",
          "grassroots_cell",
          "sub_committee",
          "cell",
          "party_group",
        ],
      },
      source: "verify world",
      confidence: "C",
    })
    .onConflictDoNothing();
}

/** A decision awarding the 30-year badge to a member of the unit admitted in 1990, with unique numbers. */
async function badgeDecision({ world, fields }: SampleContext): Promise<SampleParts> {
  await anyUnitDecides(world);
  const orgUnitId = fields.orgUnitId ?? fields.id ?? world.units.own;
  const tag = uniqueTag();
  const memberId = await aMember(world.database.db, {
    orgUnitId,
    fullName: `Đỗ Văn ${tag}`,
    admissionDecidedOn: "1990-01-10",
    fullMembershipOn: "1991-01-10",
  });
  return {
    body: {
      orgUnitId,
      number: `${tag}-QĐ/TU`,
      signedOn: world.today,
      awardDate: world.today,
      badges: [{ memberId, milestone: 30, kind: "regular", badgeNumber: `HH30-${tag}` }],
    },
  };
}

/** Samples of the party badge endpoints. */
export const badgeSamples: Record<string, (c: SampleContext) => Promise<SampleParts> | SampleParts> = {
  "POST /api/awards/badge-decisions": badgeDecision,
};
