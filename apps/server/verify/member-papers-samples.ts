import { addMonths } from "../src/rules/dates";
import type { SampleContext, SampleParts } from "./requests";
import { asRoot } from "./world";

/** The transfer letter needs a transfer: one temporary transfer is recorded for the member the first time. */
async function withTransfer({ world, fields }: SampleContext): Promise<SampleParts> {
  const url = `/api/members/${fields.id ?? ""}/events`;
  const events = await asRoot<{ kind: string }[]>(world, { method: "GET", url });
  if (!events.some((e) => e.kind === "transfer"))
    await asRoot(world, {
      method: "POST",
      url,
      body: {
        kind: "transfer",
        transferKind: "temporary",
        toOrganisationName: "Chi bộ Trường Chính trị tỉnh",
        decidedOn: world.today,
        // Back in six months: a temporary stay lasts 3 months to under a year (member.temporaryTransfer).
        expectedReturnOn: addMonths(world.today, 6),
      },
    });
  return {};
}

/** Samples of the member papers (Word files). */
export const memberPaperSamples: Record<string, (c: SampleContext) => Promise<SampleParts> | SampleParts> = {
  "GET /api/members/:id/papers/transfer-letter": withTransfer,
};
