import { fileDownload, Job, MediaType } from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentHeader } from "../../platform/party-document";
import * as importer from "./members-import.service";

const tags = ["members"];

/** The Excel import: its template, and the import itself as a background job (progress at GET /api/jobs?id=). */
export async function memberImportRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/imports/members/template",
    {
      config: { access: { permission: "member.write", anywhere: true } },
      schema: { tags, response: { 200: fileDownload(MediaType.xlsx, "the empty import workbook, with its lists") } },
    },
    async (req, reply) =>
      reply
        .header("content-type", MediaType.xlsx)
        .header("content-disposition", attachmentHeader("mau-nhap-dang-vien.xlsx"))
        .send(await importer.templateWorkbook(req.ctx)),
  );
  app.post(
    "/api/imports/members",
    {
      config: { access: { permission: "member.write", anywhere: true }, upload: { field: "file" } },
      schema: {
        tags,
        description:
          "Checks (dryRun) or imports an Excel file in the background: answers 202 with the job; its result is the report, or its error the 422 with the report.",
        querystring: z.object({ dryRun: z.enum(["true", "false", "1", "0"]).default("true") }),
        response: { 202: Job },
      },
      bodyLimit: importer.maxFileBytes + 64 * 1024,
    },
    async (req, reply) => {
      const dryRun = req.query.dryRun === "true" || req.query.dryRun === "1";
      const started = await importer.startMemberImport(req.ctx, await importer.readUpload(req), dryRun, (error, id) =>
        req.log.error({ err: error, jobId: id }, "member import failed"),
      );
      return reply.status(202).send(started.job);
    },
  );
}
