import {
  CommentRequestListQuery,
  CommentRequestPage,
  CreateCommentRequestInput,
  CreatedCommentRequest,
  CreateResidenceInput,
  EndResidenceInput,
  fileDownload,
  Id,
  MediaType,
  MemberResidence,
  Ok,
  PaperCommentInput,
  PublicResidenceForm,
  ResidenceCommentInput,
  ResidenceCommentRequest,
  ResidenceRegistration,
  UpdateResidenceInput,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentHeader, docxType } from "../../platform/party-document";
import * as residence from "./residence.service";
import { residenceCellRoutes } from "./residence-cell.routes";
import { introductionLetter } from "./residence-letter";
import { readPaperComment } from "./residence-paper";
import * as publicForm from "./residence-public.service";
import * as requests from "./residence-requests.service";

const params = z.object({ id: Id });
// Any length: a link cut off in copying is told apart from a wrong one by the service, in plain words.
const tokenParams = z.object({ token: z.string().max(200) });
const tags = ["residence"];
// The public form needs no account, so it is rate-limited per address against token guessing and flooding.
const publicConfig = { public: true, rateLimit: { max: 60, timeWindow: "1 minute" } };

export async function residenceRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  await residenceCellRoutes(root);

  app.get(
    "/api/members/:id/residence",
    {
      config: { access: { permission: "member.read", target: "member" } },
      schema: { tags, params, response: { 200: MemberResidence } },
    },
    (req) => residence.getMemberResidence(req.ctx, req.params.id),
  );
  app.post(
    "/api/members/:id/residence",
    {
      config: { access: { permission: "member.write", target: "member" } },
      schema: { tags, params, body: CreateResidenceInput, response: { 201: ResidenceRegistration } },
    },
    async (req, reply) => reply.status(201).send(await residence.createRegistration(req.ctx, req.params.id, req.body)),
  );
  app.patch(
    "/api/residence/registrations/:id",
    {
      config: { access: { permission: "member.write", target: "residenceRegistration" } },
      schema: { tags, params, body: UpdateResidenceInput, response: { 200: ResidenceRegistration } },
    },
    (req) => residence.updateRegistration(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/residence/registrations/:id/end",
    {
      config: { access: { permission: "member.write", target: "residenceRegistration" } },
      schema: { tags, params, body: EndResidenceInput, response: { 200: ResidenceRegistration } },
    },
    (req) => residence.endRegistration(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/api/residence/registrations/:id/letter",
    {
      config: { access: { permission: "member.read", target: "residenceRegistration" } },
      schema: {
        tags,
        params,
        response: { 200: fileDownload(MediaType.docx, "the letter introducing the member to the residence cell") },
      },
    },
    async (req, reply) => {
      const { fileName, buffer } = await introductionLetter(req.ctx, req.params.id);
      return reply
        .header("content-type", docxType)
        .header("content-disposition", attachmentHeader(fileName))
        .send(buffer);
    },
  );
  app.post(
    "/api/residence/requests",
    {
      config: { access: { permission: "member.write", target: "residenceRegistration" } },
      schema: { tags, body: CreateCommentRequestInput, response: { 201: CreatedCommentRequest } },
    },
    async (req, reply) => reply.status(201).send(await requests.createCommentRequest(req.ctx, req.body)),
  );
  app.get(
    "/api/residence/requests",
    {
      config: { access: { permission: "member.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: CommentRequestListQuery, response: { 200: CommentRequestPage } },
    },
    (req) => requests.listCommentRequests(req.ctx, req.query),
  );
  app.post(
    "/api/residence/requests/:id/paper",
    {
      config: { access: { permission: "member.write", target: "commentRequest" }, upload: { field: "scan" } },
      schema: {
        tags,
        params,
        description: `JSON or multipart (fields and a "scan" file): ${describe(PaperCommentInput)}`,
        response: { 200: ResidenceCommentRequest },
      },
      bodyLimit: 10 * 1024 * 1024,
    },
    async (req) => {
      const { input, scan } = await readPaperComment(req);
      return ResidenceCommentRequest.parse(await requests.recordPaperComment(req.ctx, req.params.id, input, scan));
    },
  );
  app.get(
    "/api/public/residence/:token",
    { config: publicConfig, schema: { tags, params: tokenParams, response: { 200: PublicResidenceForm } } },
    (req) => publicForm.getPublicForm(req.ctx, req.params.token),
  );
  app.post(
    "/api/public/residence/:token",
    { config: publicConfig, schema: { tags, params: tokenParams, body: ResidenceCommentInput, response: { 200: Ok } } },
    (req) => publicForm.submitPublicComment(req.ctx, req.params.token, req.body),
  );
}

function describe(schema: z.ZodObject): string {
  return Object.keys(schema.shape).join(", ");
}
