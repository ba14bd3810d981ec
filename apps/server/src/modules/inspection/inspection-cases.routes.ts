import {
  CaseListQuery,
  CasePage,
  CaseStepInput,
  CreateCaseInput,
  fileDownload,
  Id,
  InspectionCase,
  MediaType,
  UpdateCaseInput,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentHeader } from "../../platform/party-document";
import { maxDocumentBytes } from "../../platform/uploads";
import { exportCases } from "./inspection-cases.export";
import * as cases from "./inspection-cases.service";
import { listCases } from "./inspection-cases-list.service";
import * as steps from "./inspection-cases-steps.service";

const params = z.object({ id: Id });
const documentParams = z.object({ id: Id, docId: Id });
const tags = ["inspection"];

/** Inspections and supervisions (cases), their steps and documents, under /api/inspection/cases. */
export async function caseRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/inspection/cases",
    {
      config: { access: { permission: "inspection.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: CaseListQuery, response: { 200: CasePage } },
    },
    (req) => listCases(req.ctx, req.query),
  );
  app.get(
    "/api/inspection/cases/export.xlsx",
    {
      config: { access: { permission: "inspection.read", list: true, within: "orgUnitId" } },
      schema: {
        tags,
        querystring: CaseListQuery.omit({ page: true, pageSize: true }),
        response: { 200: fileDownload(MediaType.xlsx, "the cases as filtered, as an Excel workbook") },
      },
    },
    async (req, reply) => {
      const file = await exportCases(req.ctx, req.query);
      return reply
        .header("content-type", MediaType.xlsx)
        .header("content-disposition", attachmentHeader(file.fileName))
        .send(file.buffer);
    },
  );
  app.post(
    "/api/inspection/cases",
    {
      config: { access: { permission: "inspection.write", target: "orgUnit" } },
      schema: { tags, body: CreateCaseInput, response: { 201: InspectionCase } },
    },
    async (req, reply) => reply.status(201).send(await cases.createCase(req.ctx, req.body)),
  );
  app.get(
    "/api/inspection/cases/:id",
    {
      config: { access: { permission: "inspection.read", target: "inspectionCase" } },
      schema: {
        tags,
        params,
        description: "Every opening is recorded in the audit trail.",
        response: { 200: InspectionCase },
      },
    },
    (req) => cases.openCase(req.ctx, req.params.id),
  );
  app.patch(
    "/api/inspection/cases/:id",
    {
      config: { access: { permission: "inspection.write", target: "inspectionCase" } },
      schema: { tags, params, body: UpdateCaseInput, response: { 200: InspectionCase } },
    },
    (req) => cases.updateCase(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/inspection/cases/:id/steps",
    {
      config: { access: { permission: "inspection.write", target: "inspectionCase" } },
      schema: { tags, params, body: CaseStepInput, response: { 200: InspectionCase } },
    },
    (req) => steps.takeStep(req.ctx, req.params.id, req.body),
  );
  await documentRoutes(root);
}

async function documentRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/api/inspection/cases/:id/documents",
    {
      config: { access: { permission: "inspection.write", target: "inspectionCase" }, upload: { field: "file" } },
      schema: {
        tags,
        params,
        description: 'multipart, one "file": pdf, docx, doc, xlsx, jpg, png; at most 10 MB',
        response: { 201: InspectionCase },
      },
      bodyLimit: maxDocumentBytes + 64 * 1024,
    },
    async (req, reply) =>
      reply.status(201).send(await steps.attachCaseDocument(req.ctx, req.params.id, () => steps.readCaseUpload(req))),
  );
  app.get(
    "/api/inspection/cases/:id/documents/:docId",
    {
      config: { access: { permission: "inspection.read", target: "inspectionCaseDocument" } },
      schema: {
        tags,
        params: documentParams,
        response: { 200: fileDownload(MediaType.stored, "the document, with the type it was accepted as") },
      },
    },
    async (req, reply) => {
      const file = await steps.caseDocument(req.ctx, req.params.id, req.params.docId);
      return reply
        .header("content-type", file.mimeType)
        .header("content-disposition", attachmentHeader(file.fileName))
        .header("x-content-type-options", "nosniff")
        .send(file.content);
    },
  );
}
