import { fileDownload, Id, MediaType } from "@dangvu/contract";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentHeader, docxType } from "../../platform/party-document";
import * as papers from "./members-papers";

const params = z.object({ id: Id });
const tags = ["members"];

/** The member papers as Word documents: the Phiếu đảng viên and the letter of a transfer. */
export async function memberPaperRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/members/:id/papers/member-sheet",
    {
      config: { access: { permission: "member.read", target: "member" } },
      schema: {
        tags,
        params,
        response: { 200: fileDownload(MediaType.docx, "the Phiếu đảng viên (mẫu 2-HSĐV) of the member") },
      },
    },
    async (req, reply) => send(reply, await papers.memberSheetDocx(req.ctx, req.params.id)),
  );
  app.get(
    "/api/members/:id/papers/transfer-letter",
    {
      config: { access: { permission: "member.read", target: "member" } },
      schema: {
        tags,
        params,
        querystring: z.object({ eventId: Id.optional() }),
        response: {
          200: fileDownload(MediaType.docx, "the letter of the member's transfer (the latest unless eventId)"),
        },
      },
    },
    async (req, reply) => send(reply, await papers.transferLetterDocx(req.ctx, req.params.id, req.query.eventId)),
  );
}

function send(reply: FastifyReply, file: papers.PaperFile) {
  return reply
    .header("content-type", docxType)
    .header("content-disposition", attachmentHeader(file.fileName))
    .send(file.buffer);
}
