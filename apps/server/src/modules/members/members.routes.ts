import {
  CreateMemberInput,
  fileDownload,
  Id,
  MediaType,
  Member,
  MemberEvent,
  MemberEventInput,
  MemberListQuery,
  MemberPage,
  Reminder,
  UpdateMemberInput,
} from "@dangvu/contract";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { searchRateLimit } from "../../http/rate-limits";
import { attachmentHeader } from "../../platform/party-document";
import * as members from "./members.service";
import * as events from "./members-events.service";
import * as exporter from "./members-export.service";
import { memberImportRoutes } from "./members-import.routes";
import { memberPaperRoutes } from "./members-papers.routes";
import { listReminders } from "./reminders.service";

const params = z.object({ id: Id });
const tags = ["members"];

export async function memberRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  await memberPaperRoutes(root);
  await memberImportRoutes(root);
  app.get(
    "/api/members",
    {
      config: { access: { permission: "member.read", list: true, within: "orgUnitId" }, rateLimit: searchRateLimit },
      schema: { tags, querystring: MemberListQuery, response: { 200: MemberPage } },
    },
    (req) => members.listMembers(req.ctx, req.query),
  );
  app.get(
    "/api/members/export",
    {
      config: { access: { permission: "member.read", list: true, within: "orgUnitId" } },
      schema: {
        tags,
        querystring: MemberListQuery,
        response: { 200: fileDownload(MediaType.xlsx, "the members of the list, as an Excel workbook") },
      },
    },
    async (req, reply) =>
      sendXlsx(reply, `danh-sach-dang-vien-${req.ctx.today}.xlsx`, await exporter.exportMembers(req.ctx, req.query)),
  );
  app.get(
    "/api/members/:id",
    {
      config: { access: { permission: "member.read", target: "member" } },
      schema: { tags, params, response: { 200: Member } },
    },
    (req) => members.getMember(req.ctx, req.params.id),
  );
  app.post(
    "/api/members",
    {
      config: { access: { permission: "member.write", target: "orgUnit" } },
      schema: { tags, body: CreateMemberInput, response: { 201: Member } },
    },
    async (req, reply) => reply.status(201).send(await members.createMember(req.ctx, req.body)),
  );
  app.patch(
    "/api/members/:id",
    {
      config: { access: { permission: "member.write", target: "member" } },
      schema: { tags, params, body: UpdateMemberInput, response: { 200: Member } },
    },
    (req) => members.updateMember(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/api/members/:id/events",
    {
      config: { access: { permission: "member.read", target: "member" } },
      schema: { tags, params, response: { 200: z.array(MemberEvent) } },
    },
    (req) => events.listMemberEvents(req.ctx, req.params.id),
  );
  app.post(
    "/api/members/:id/events",
    {
      config: { access: { permission: "member.write", target: "member" } },
      schema: { tags, params, body: MemberEventInput, response: { 200: Member } },
    },
    (req) => events.recordMemberEvent(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/api/reminders",
    {
      config: { access: { permission: "member.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: z.object({ orgUnitId: Id.optional() }), response: { 200: z.array(Reminder) } },
    },
    (req) => listReminders(req.ctx, req.query.orgUnitId),
  );
  app.get(
    "/api/reminders/export",
    {
      config: { access: { permission: "member.read", list: true, within: "orgUnitId" } },
      schema: {
        tags,
        querystring: z.object({ orgUnitId: Id.optional() }),
        response: { 200: fileDownload(MediaType.xlsx, "the reminders of the list, as an Excel workbook") },
      },
    },
    async (req, reply) =>
      sendXlsx(reply, `nhac-viec-${req.ctx.today}.xlsx`, await exporter.exportReminders(req.ctx, req.query.orgUnitId)),
  );
}

function sendXlsx(reply: FastifyReply, fileName: string, buffer: Buffer) {
  return reply
    .header("content-type", MediaType.xlsx)
    .header("content-disposition", attachmentHeader(fileName))
    .send(buffer);
}
