import {
  CellCommentRequests,
  CellCommentRequestsInput,
  CommentLettersInput,
  CreatedCommentRequest,
  fileDownload,
  Id,
  MediaType,
  ResidenceMemberRow,
  ResidenceMembersQuery,
  ResolvedShortCode,
  ShortCodeInput,
} from "@dangvu/contract";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentHeader, docxType } from "../../platform/party-document";
import * as cell from "./residence-cell.service";
import { commentLetters } from "./residence-comment-letters";
import * as followUp from "./residence-followup.service";
import * as publicForm from "./residence-public.service";
import * as requests from "./residence-requests.service";

const tags = ["residence"];
/**
 * Short codes are 50 bits, so ten tries a minute from one address leave guessing hopeless (residence-codes.ts has the
 * arithmetic). Kept in memory: each app server counts its own.
 */
export const shortCodeRateLimit = { max: 10, timeWindow: "1 minute" };

/** Requests for a whole cell, their printed letters, the short code page, and the follow-up lists (213-QĐ/TW). */
export async function residenceCellRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/api/residence/requests/cell",
    {
      config: { access: { permission: "member.write", target: "orgUnit" } },
      schema: { tags, body: CellCommentRequestsInput, response: { 201: CellCommentRequests } },
    },
    async (req, reply) => reply.status(201).send(await cell.requestForCell(req.ctx, req.body)),
  );
  app.post(
    "/api/residence/requests/:id/reissue",
    {
      config: { access: { permission: "member.write", target: "commentRequest" } },
      schema: { tags, params: z.object({ id: Id }), response: { 200: CreatedCommentRequest } },
    },
    (req) => requests.reissueLink(req.ctx, req.params.id),
  );
  app.post(
    "/api/residence/letters",
    {
      config: { access: { permission: "member.read", anywhere: true } },
      schema: {
        tags,
        body: CommentLettersInput,
        response: { 200: fileDownload(MediaType.docx, "the letters asking for comments, one page a member") },
      },
    },
    async (req, reply) => send(reply, docxType, await commentLetters(req.ctx, req.body.tokens, publicOrigin(req))),
  );
  app.post(
    "/api/public/residence/code",
    {
      config: { public: true, rateLimit: shortCodeRateLimit },
      schema: { tags, body: ShortCodeInput, response: { 200: ResolvedShortCode } },
    },
    (req) => publicForm.resolveShortCode(req.ctx, req.body.code),
  );
  app.get(
    "/api/residence/members",
    {
      config: { access: { permission: "member.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: ResidenceMembersQuery, response: { 200: z.array(ResidenceMemberRow) } },
    },
    (req) => followUp.listFollowUp(req.ctx, req.query),
  );
  app.get(
    "/api/residence/members/export",
    {
      config: { access: { permission: "member.read", list: true, within: "orgUnitId" } },
      schema: {
        tags,
        querystring: ResidenceMembersQuery,
        response: { 200: fileDownload(MediaType.xlsx, "the follow-up list, as an Excel workbook") },
      },
    },
    async (req, reply) => send(reply, MediaType.xlsx, await followUp.exportFollowUp(req.ctx, req.query)),
  );
}

function send(reply: FastifyReply, type: string, file: { fileName: string; buffer: Buffer }) {
  return reply
    .header("content-type", type)
    .header("content-disposition", attachmentHeader(file.fileName))
    .send(file.buffer);
}

/** Where the printed links point: DANGVU_PUBLIC_URL when set (behind a proxy), else the address the user is on. */
function publicOrigin(req: FastifyRequest): string {
  return process.env.DANGVU_PUBLIC_URL?.replace(/\/+$/, "") || `${req.protocol}://${req.host}`;
}
