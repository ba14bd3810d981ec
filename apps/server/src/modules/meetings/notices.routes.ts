import {
  CreateNoticeInput,
  CreateScoringTemplateInput,
  Id,
  Notice,
  NoticeListQuery,
  NoticePage,
  Ok,
  ScoringTemplate,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import * as notices from "./notices.service";
import * as templates from "./scoring-templates.service";

const params = z.object({ id: Id });
const tags = ["meetings"];

/** The cell's notices and the meeting scoring templates, registered with the meetings module's routes. */
export async function noticeAndTemplateRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/scoring-templates",
    { config: { access: { signedIn: true } }, schema: { tags, response: { 200: z.array(ScoringTemplate) } } },
    (req) => templates.listTemplates(req.ctx),
  );
  app.post(
    "/api/scoring-templates",
    {
      config: { access: { permission: "rules.manage", anywhere: true } },
      schema: { tags, body: CreateScoringTemplateInput, response: { 201: ScoringTemplate } },
    },
    async (req, reply) => reply.status(201).send(await templates.createTemplate(req.ctx, req.body)),
  );
  app.get(
    "/api/notices",
    {
      config: { access: { permission: "meeting.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: NoticeListQuery, response: { 200: NoticePage } },
    },
    (req) => notices.listNotices(req.ctx, req.query),
  );
  app.post(
    "/api/notices",
    {
      config: { access: { permission: "meeting.write", target: "orgUnit" } },
      schema: { tags, body: CreateNoticeInput, response: { 201: Notice } },
    },
    async (req, reply) => reply.status(201).send(await notices.postNotice(req.ctx, req.body)),
  );
  app.delete(
    "/api/notices/:id",
    {
      config: { access: { permission: "meeting.write", target: "notice" } },
      schema: { tags, params, response: { 200: Ok } },
    },
    (req) => notices.withdrawNotice(req.ctx, req.params.id),
  );
}
