import { fileDownload, MediaType, ReportParams } from "@dangvu/contract";
import type { FastifyContextConfig, FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { attachmentHeader } from "../../platform/party-document";
import * as files from "./reports-files.service";

const tags = ["reports"];
const url = "/api/reports/:templateId/:orgUnitId/:period";
const read: FastifyContextConfig = { access: { permission: "report.read", target: "report" } };

/** A unit's report for a period as a Word document in the party format, and its tables as an Excel workbook. */
export async function reportFileRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    `${url}/docx`,
    {
      config: read,
      schema: {
        tags,
        params: ReportParams,
        response: { 200: fileDownload(MediaType.docx, "the report as a party document (DỰ THẢO until submitted)") },
      },
    },
    async (req, reply) => send(reply, MediaType.docx, await files.reportDocxFile(req.ctx, req.params)),
  );
  app.get(
    `${url}/xlsx`,
    {
      config: read,
      schema: {
        tags,
        params: ReportParams,
        response: {
          200: fileDownload(MediaType.xlsx, "the report's tables, a sheet each, and a sheet per unit directly below"),
        },
      },
    },
    async (req, reply) => send(reply, MediaType.xlsx, await files.reportXlsxFile(req.ctx, req.params)),
  );
}

function send(reply: FastifyReply, type: MediaType, file: files.ReportFile) {
  return reply
    .header("content-type", type)
    .header("content-disposition", attachmentHeader(file.fileName))
    .send(file.buffer);
}
