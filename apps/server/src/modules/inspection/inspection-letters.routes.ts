import {
  CaseFromLetterInput,
  CreateLetterInput,
  fileDownload,
  Id,
  InspectionCase,
  Letter,
  LetterActionInput,
  LetterListQuery,
  LetterPage,
  MediaType,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentHeader } from "../../platform/party-document";
import { exportLetters } from "./inspection-letters.export";
import * as letters from "./inspection-letters.service";
import { actOnLetter, openCaseFromLetter } from "./inspection-letters-actions.service";

const params = z.object({ id: Id });
const tags = ["inspection"];

/** Letters (đơn thư) received by the inspection committees, under /api/inspection/letters. */
export async function letterRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/inspection/letters",
    {
      config: { access: { permission: "inspection.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: LetterListQuery, response: { 200: LetterPage } },
    },
    (req) => letters.listLetters(req.ctx, req.query),
  );
  app.get(
    "/api/inspection/letters/export",
    {
      config: { access: { permission: "inspection.read", list: true, within: "orgUnitId" } },
      schema: {
        tags,
        querystring: LetterListQuery.omit({ page: true, pageSize: true }),
        response: { 200: fileDownload(MediaType.xlsx, "the register of letters, as an Excel workbook") },
      },
    },
    async (req, reply) => {
      const file = await exportLetters(req.ctx, req.query);
      return reply
        .header("content-type", MediaType.xlsx)
        .header("content-disposition", attachmentHeader(file.fileName))
        .send(file.buffer);
    },
  );
  app.post(
    "/api/inspection/letters",
    {
      config: { access: { permission: "inspection.write", target: "orgUnit" } },
      schema: { tags, body: CreateLetterInput, response: { 201: Letter } },
    },
    async (req, reply) => reply.status(201).send(await letters.createLetter(req.ctx, req.body)),
  );
  app.get(
    "/api/inspection/letters/:id",
    {
      config: { access: { permission: "inspection.read", target: "inspectionLetter" } },
      schema: { tags, params, response: { 200: Letter } },
    },
    (req) => letters.getLetter(req.ctx, req.params.id),
  );
  app.post(
    "/api/inspection/letters/:id/actions",
    {
      config: { access: { permission: "inspection.write", target: "inspectionLetter" } },
      schema: { tags, params, body: LetterActionInput, response: { 200: Letter } },
    },
    (req) => actOnLetter(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/inspection/letters/:id/case",
    {
      config: { access: { permission: "inspection.write", target: "inspectionLetter" } },
      schema: { tags, params, body: CaseFromLetterInput, response: { 201: InspectionCase } },
    },
    async (req, reply) => reply.status(201).send(await openCaseFromLetter(req.ctx, req.params.id, req.body)),
  );
}
