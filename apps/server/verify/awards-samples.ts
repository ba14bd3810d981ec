import { eq } from "drizzle-orm";
import { ancestorsOrSelf } from "../src/access/scope";
import { awardCampaigns, commendations, emulationModels } from "../src/db/schema";
import type { FixtureObject } from "./fixtures";
import type { SampleContext, SampleParts } from "./requests";
import { asRoot, mark, uniqueTag, type World } from "./world";

/** The form a unit of this type may award (praise below the upper committee, giấy khen or bằng khen above). */
async function formFor(world: World, unitId: string): Promise<string> {
  const unit = await asRoot<{ type: string }>(world, { method: "GET", url: `/api/org-units/${unitId}` });
  if (unit.type === "provincial_committee") return "certificate_of_commendation";
  return unit.type === "upper_committee" ? "certificate_of_merit" : "praise";
}

/** An ad hoc proposal to commend the unit itself. */
async function proposal(world: World, unitId: string, tag = uniqueTag()): Promise<{ id: string }> {
  return asRoot<{ id: string }>(world, {
    method: "POST",
    url: "/api/awards/commendations",
    body: {
      recipientType: "org",
      orgUnitId: unitId,
      form: await formFor(world, unitId),
      basis: "ad_hoc",
      reason: `Lý do ${tag}`,
    },
  });
}

async function commendation(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const created = await proposal(world, unitId, tag);
  await mark(world, unitId, "commendation", created.id, tag);
  return { kind: "commendation", unitId, fields: { id: created.id, entityId: created.id, entityType: "commendation" } };
}

async function awardCampaign(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const created = await asRoot<{ id: string }>(world, {
    method: "POST",
    url: "/api/awards/campaigns",
    body: { orgUnitId: unitId, name: `Thi đua ${tag}`, startsOn: "2026-01-01", endsOn: "2026-12-31" },
  });
  // A campaign launched by a committee above is meant for every unit below it (they take part and propose for it):
  // its name reaching them is no leak. Those of other units (siblings) still must not.
  const above = (await ancestorsOrSelf(world.database.db, world.units.own)).has(unitId);
  if (!above || unitId === world.units.own) await mark(world, unitId, "awardCampaign", created.id, tag);
  return {
    kind: "awardCampaign",
    unitId,
    fields: { id: created.id, entityId: created.id, entityType: "awardCampaign" },
  };
}

const modelBody = (unitId: string, tag: string) => ({
  orgUnitId: unitId,
  title: "dan_van_kheo",
  field: "economy",
  name: `Mô hình ${tag}`,
  level: "grassroots",
  year: 2026,
  registeredOn: "2026-03-02",
});

async function emulationModel(world: World, unitId: string): Promise<FixtureObject> {
  const tag = uniqueTag();
  const created = await asRoot<{ id: string }>(world, {
    method: "POST",
    url: "/api/awards/models",
    body: modelBody(unitId, tag),
  });
  await mark(world, unitId, "emulationModel", created.id, tag);
  return {
    kind: "emulationModel",
    unitId,
    fields: { id: created.id, entityId: created.id, entityType: "emulationModel" },
  };
}

/** How to make the awards module's objects (commendations, campaigns, emulation models). */
export const awardMakers = { commendation, awardCampaign, emulationModel };

async function versionOf(
  c: SampleContext,
  table: typeof commendations | typeof awardCampaigns | typeof emulationModels,
) {
  const db = c.world.database.db;
  const [row] = await db
    .select({ version: table.version })
    .from(table)
    .where(eq(table.id, c.fields.id ?? ""));
  return row?.version ?? 1;
}

/** Samples of the commendation, campaign and model endpoints: codes from the catalogues, current versions. */
export const awardSamples: Record<string, (c: SampleContext) => Promise<SampleParts> | SampleParts> = {
  "POST /api/awards/commendations": async ({ world, fields }) => {
    const orgUnitId = fields.orgUnitId ?? fields.id ?? "";
    return {
      body: {
        recipientType: "org",
        orgUnitId,
        form: await formFor(world, orgUnitId),
        basis: "ad_hoc",
        reason: "Đột xuất",
      },
    };
  },
  "POST /api/awards/commendations/:id/refuse": async (c) => ({
    body: { version: await versionOf(c, commendations), reason: "Chưa đủ thành tích" },
  }),
  "POST /api/awards/commendation-decisions": async ({ world, fields }) => {
    const orgUnitId = fields.orgUnitId ?? fields.id ?? "";
    const created = await proposal(world, orgUnitId);
    return {
      body: { orgUnitId, number: `${uniqueTag()}-QĐ/ĐU`, signedOn: world.today, commendationIds: [created.id] },
    };
  },
  "PATCH /api/awards/campaigns/:id": async (c) => ({
    body: { version: await versionOf(c, awardCampaigns), name: `Thi đua ${uniqueTag()}` },
  }),
  "POST /api/awards/models": ({ fields }) => ({ body: modelBody(fields.orgUnitId ?? fields.id ?? "", uniqueTag()) }),
  "PATCH /api/awards/models/:id": async (c) => ({
    body: { version: await versionOf(c, emulationModels), name: `Mô hình ${uniqueTag()}` },
  }),
  "POST /api/awards/models/:id/recognise": async (c) => ({
    body: {
      version: await versionOf(c, emulationModels),
      score: 80,
      recognisedOn: c.world.today,
      number: `${uniqueTag()}-QĐ`,
    },
  }),
};
