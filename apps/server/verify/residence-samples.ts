import { aMember } from "../test/builders";
import type { SampleContext, SampleParts } from "./requests";
import { asRoot, uniqueTag, type World } from "./world";

/** A new comment request for a registered member of a cell inside the actors' subtree: its token and short code. */
async function freshRequest(world: World): Promise<{ token: string; shortCode: string }> {
  const memberId = await aMember(world.database.db, {
    orgUnitId: world.units.descendant,
    fullName: `Trịnh Văn ${uniqueTag()}`,
  });
  await asRoot(world, {
    method: "POST",
    url: `/api/members/${memberId}/residence`,
    body: { address: "Số 9 phố Huế", residenceOrgName: "Chi bộ khu phố 9", registeredOn: "2025-01-01", case: "normal" },
  });
  const created = await asRoot<{ link: string; shortCode: string }>(world, {
    method: "POST",
    url: "/api/residence/requests",
    body: { memberId, year: 2026, dueOn: "2026-12-31" },
  });
  return { token: created.link.split("/").at(-1) ?? "", shortCode: created.shortCode };
}

/** Samples of the residence endpoints for a whole cell, the printed letters and the short code page. */
export const residenceSamples: Record<string, (c: SampleContext) => Promise<SampleParts> | SampleParts> = {
  "POST /api/residence/requests/cell": ({ fields }) => ({
    body: { orgUnitId: fields.orgUnitId ?? fields.id, year: 2026, dueOn: "2026-12-31" },
  }),
  "POST /api/residence/letters": async ({ world }) => ({ body: { tokens: [(await freshRequest(world)).token] } }),
  "POST /api/public/residence/code": async ({ world }) => ({ body: { code: (await freshRequest(world)).shortCode } }),
};
