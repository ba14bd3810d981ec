import {
  Id,
  IsoDate,
  ReportTemplate,
  ReportTemplateInput,
  ReportTemplatePatch,
  ReportTemplateSummary,
  ReportTemplateVersionInput,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import * as templates from "./reports-templates.service";

const tags = ["reports"];
const read = { access: { permission: "report.read", anywhere: true } } as const;
const edit = { access: { permission: "report.template", anywhere: true } } as const;
const params = z.object({ templateId: Id });
const versionParams = z.object({ templateId: Id, versionId: Id });
const which = z.object({ versionId: Id.optional(), on: IsoDate.optional() });

/** The report templates: shared by the whole tree, read by anyone who reports, edited by the committee office. */
export async function reportTemplateRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/reports/templates",
    { config: read, schema: { tags, response: { 200: z.array(ReportTemplateSummary) } } },
    (req) => templates.listTemplates(req.ctx),
  );
  app.get(
    "/api/reports/templates/:templateId",
    { config: read, schema: { tags, params, querystring: which, response: { 200: ReportTemplate } } },
    (req) => templates.getTemplate(req.ctx, req.params.templateId, req.query),
  );
  app.post(
    "/api/reports/templates",
    { config: edit, schema: { tags, body: ReportTemplateInput, response: { 201: ReportTemplate } } },
    async (req, reply) => reply.status(201).send(await templates.createTemplate(req.ctx, req.body)),
  );
  app.post(
    "/api/reports/templates/:templateId/versions",
    {
      config: edit,
      schema: { tags, params, body: ReportTemplateVersionInput, response: { 201: ReportTemplate } },
    },
    async (req, reply) => reply.status(201).send(await templates.addVersion(req.ctx, req.params.templateId, req.body)),
  );
  app.patch(
    "/api/reports/templates/:templateId/versions/:versionId",
    {
      config: edit,
      schema: { tags, params: versionParams, body: ReportTemplatePatch, response: { 200: ReportTemplate } },
    },
    (req) => templates.patchVersion(req.ctx, req.params.templateId, req.params.versionId, req.body),
  );
}
