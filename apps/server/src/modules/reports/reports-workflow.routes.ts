import {
  Completeness,
  CompletenessQuery,
  ReportChildRow,
  ReportDetail,
  ReportInbox,
  ReportParams,
  ReportPatch,
  ReportReopenInput,
  ReportReturnInput,
  ReportStepInput,
} from "@dangvu/contract";
import type { FastifyContextConfig, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import * as lists from "./reports-completeness.service";
import * as review from "./reports-review.service";
import * as workflow from "./reports-workflow.service";

const tags = ["reports"];
const url = "/api/reports/:templateId/:orgUnitId/:period";
const read: FastifyContextConfig = { access: { permission: "report.read", target: "report" } };
const write: FastifyContextConfig = { access: { permission: "report.write", target: "report" } };
const approve: FastifyContextConfig = { access: { permission: "report.approve", target: "report", of: "parent" } };
const detail = { 200: ReportDetail };

/** A unit's report for a period, its workflow steps, the drill-down of a figure, completeness and the user's inbox. */
export async function reportWorkflowRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/reports/inbox",
    { config: { access: { signedIn: true } }, schema: { tags, response: { 200: ReportInbox } } },
    (req) => lists.inbox(req.ctx),
  );
  app.get(
    "/api/reports/completeness",
    {
      config: { access: { permission: "report.read", target: "orgUnit" } },
      schema: { tags, querystring: CompletenessQuery, response: { 200: Completeness } },
    },
    (req) => lists.completeness(req.ctx, req.query),
  );
  app.get(url, { config: read, schema: { tags, params: ReportParams, response: detail } }, (req) =>
    workflow.getReport(req.ctx, req.params),
  );
  app.patch(
    url,
    { config: write, schema: { tags, params: ReportParams, body: ReportPatch, response: detail } },
    (req) => workflow.patchReport(req.ctx, req.params, req.body),
  );
  const step = { tags, params: ReportParams, body: ReportStepInput, response: detail };
  app.post(`${url}/refresh`, { config: write, schema: step }, (req) =>
    workflow.refreshReport(req.ctx, req.params, req.body),
  );
  app.post(`${url}/submit`, { config: write, schema: step }, (req) =>
    workflow.submitReport(req.ctx, req.params, req.body),
  );
  app.post(`${url}/approve`, { config: approve, schema: step }, (req) =>
    review.approveReport(req.ctx, req.params, req.body),
  );
  app.post(`${url}/return`, { config: approve, schema: { ...step, body: ReportReturnInput } }, (req) =>
    review.returnReport(req.ctx, req.params, req.body),
  );
  app.post(`${url}/reopen`, { config: approve, schema: { ...step, body: ReportReopenInput } }, (req) =>
    review.reopenReport(req.ctx, req.params, req.body),
  );
  app.get(
    `${url}/children`,
    {
      config: read,
      schema: {
        tags,
        params: ReportParams,
        querystring: z.object({ indicator: z.string().trim().min(1).max(100) }),
        response: { 200: z.array(ReportChildRow) },
      },
    },
    (req) => review.reportChildren(req.ctx, req.params, req.query.indicator),
  );
}
