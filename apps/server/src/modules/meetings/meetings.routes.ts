import {
  AttendanceInput,
  CheckinInput,
  CreateMeetingInput,
  CreateNoticeInput,
  CreateScoringTemplateInput,
  Id,
  Meeting,
  MeetingListItem,
  MeetingListQuery,
  MeetingTask,
  MinutesInput,
  Notice,
  PlanYearInput,
  ScoreInput,
  ScoringTemplate,
  UpdateMeetingInput,
  UpdateTaskInput,
} from "@dangvu/contract";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentHeader, docxType } from "../../platform/party-document";
import * as meetings from "./meetings.service";
import { checkInAsSelf, checkinCodeFor } from "./meetings-checkin.service";
import * as conduct from "./meetings-conduct.service";
import { maxDocumentBytes } from "./meetings-documents.rules";
import * as documents from "./meetings-documents.service";
import { complianceAlerts, yearlyRatings } from "./meetings-oversight.service";
import { invitationDocx, minutesDocx, type Paper } from "./meetings-papers";
import { planYear } from "./meetings-plan.service";
import * as notices from "./notices.service";
import * as templates from "./scoring-templates.service";

const params = z.object({ id: Id });
const documentParams = z.object({ id: Id, docId: Id });
const tags = ["meetings"];

export async function meetingRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/meetings",
    { schema: { tags, querystring: MeetingListQuery, response: { 200: z.array(MeetingListItem) } } },
    (req) => meetings.listMeetings(req.ctx, req.query.orgUnitId, req.query.from, req.query.to),
  );
  app.post(
    "/api/meetings",
    { schema: { tags, body: CreateMeetingInput, response: { 201: Meeting } } },
    async (req, reply) => reply.status(201).send(await meetings.createMeeting(req.ctx, req.body)),
  );
  app.get("/api/meetings/:id", { schema: { tags, params, response: { 200: Meeting } } }, (req) =>
    meetings.getMeeting(req.ctx, req.params.id),
  );
  app.patch(
    "/api/meetings/:id",
    { schema: { tags, params, body: UpdateMeetingInput, response: { 200: Meeting } } },
    (req) => meetings.updateMeeting(req.ctx, req.params.id, req.body),
  );
  app.put(
    "/api/meetings/:id/attendance",
    { schema: { tags, params, body: AttendanceInput, response: { 200: Meeting } } },
    (req) => conduct.recordAttendance(req.ctx, req.params.id, req.body),
  );
  app.put(
    "/api/meetings/:id/minutes",
    { schema: { tags, params, body: MinutesInput, response: { 200: Meeting } } },
    (req) => conduct.writeMinutes(req.ctx, req.params.id, req.body),
  );
  app.put(
    "/api/meetings/:id/score",
    { schema: { tags, params, body: ScoreInput, response: { 200: Meeting } } },
    (req) => conduct.scoreMeetingQuality(req.ctx, req.params.id, req.body),
  );
  app.post("/api/meetings/:id/close", { schema: { tags, params, response: { 200: Meeting } } }, (req) =>
    conduct.closeMeeting(req.ctx, req.params.id),
  );
  app.post(
    "/api/meetings/:id/reopen",
    {
      schema: {
        tags,
        params,
        body: z.object({ reason: z.string().trim().min(1, { message: "text.required" }).max(500) }),
        response: { 200: Meeting },
      },
    },
    (req) => conduct.reopenMeeting(req.ctx, req.params.id, req.body.reason),
  );
  app.get(
    "/api/meetings/:id/checkin-code",
    { schema: { tags, params, response: { 200: z.object({ code: z.string(), validUntil: z.string() }) } } },
    (req) => checkinCodeFor(req.ctx, req.params.id),
  );
  app.post(
    "/api/meetings/:id/checkin",
    { schema: { tags, params, body: CheckinInput, response: { 200: z.object({ ok: z.literal(true) }) } } },
    (req) => checkInAsSelf(req.ctx, req.params.id, req.body.code),
  );
  app.post(
    "/api/meetings/:id/documents",
    {
      schema: {
        tags,
        params,
        description: 'multipart, one "file": pdf, docx, doc, xlsx, jpg, png; at most 10 MB',
        response: { 201: Meeting },
      },
      bodyLimit: maxDocumentBytes + 64 * 1024,
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await documents.attachDocument(req.ctx, req.params.id, () => documents.readDocumentUpload(req))),
  );
  app.get("/api/meetings/:id/documents/:docId", { schema: { tags, params: documentParams } }, async (req, reply) => {
    const file = await documents.documentContent(req.ctx, req.params.id, req.params.docId);
    return reply
      .header("content-type", file.mimeType)
      .header("content-disposition", attachmentHeader(file.fileName))
      .header("x-content-type-options", "nosniff")
      .send(file.content);
  });
  app.delete(
    "/api/meetings/:id/documents/:docId",
    { schema: { tags, params: documentParams, response: { 200: Meeting } } },
    (req) => documents.removeDocument(req.ctx, req.params.id, req.params.docId),
  );
  app.get("/api/meetings/:id/minutes.docx", { schema: { tags, params } }, async (req, reply) =>
    sendDocx(reply, await minutesDocx(req.ctx, req.params.id)),
  );
  app.get("/api/meetings/:id/invitation.docx", { schema: { tags, params } }, async (req, reply) =>
    sendDocx(reply, await invitationDocx(req.ctx, req.params.id)),
  );
  app.get("/api/scoring-templates", { schema: { tags, response: { 200: z.array(ScoringTemplate) } } }, (req) =>
    templates.listTemplates(req.ctx),
  );
  app.post(
    "/api/scoring-templates",
    { schema: { tags, body: CreateScoringTemplateInput, response: { 201: ScoringTemplate } } },
    async (req, reply) => reply.status(201).send(await templates.createTemplate(req.ctx, req.body)),
  );
  app.get(
    "/api/notices",
    { schema: { tags, querystring: z.object({ orgUnitId: Id }), response: { 200: z.array(Notice) } } },
    (req) => notices.listNotices(req.ctx, req.query.orgUnitId),
  );
  app.post(
    "/api/notices",
    { schema: { tags, body: CreateNoticeInput, response: { 201: Notice } } },
    async (req, reply) => reply.status(201).send(await notices.postNotice(req.ctx, req.body)),
  );
  app.delete(
    "/api/notices/:id",
    { schema: { tags, params, response: { 200: z.object({ ok: z.literal(true) }) } } },
    (req) => notices.withdrawNotice(req.ctx, req.params.id),
  );
  app.post(
    "/api/meetings/plan-year",
    { schema: { tags, body: PlanYearInput, response: { 201: z.array(MeetingListItem) } } },
    async (req, reply) => reply.status(201).send(await planYear(req.ctx, req.body)),
  );
  app.get("/api/meetings/alerts", { schema: { tags, querystring: z.object({ orgUnitId: Id.optional() }) } }, (req) =>
    complianceAlerts(req.ctx, req.query.orgUnitId),
  );
  app.get(
    "/api/meetings/yearly-ratings",
    {
      schema: {
        tags,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100), orgUnitId: Id.optional() }),
      },
    },
    (req) => yearlyRatings(req.ctx, req.query.year, req.query.orgUnitId),
  );
  app.get(
    "/api/meeting-tasks",
    { schema: { tags, querystring: z.object({ orgUnitId: Id }), response: { 200: z.array(MeetingTask) } } },
    (req) => conduct.listOpenTasks(req.ctx, req.query.orgUnitId),
  );
  app.patch(
    "/api/meeting-tasks/:id",
    { schema: { tags, params, body: UpdateTaskInput, response: { 200: MeetingTask } } },
    (req) => conduct.updateTask(req.ctx, req.params.id, req.body.version, req.body.status),
  );
}

function sendDocx(reply: FastifyReply, paper: Paper) {
  return reply
    .header("content-type", docxType)
    .header("content-disposition", attachmentHeader(paper.fileName))
    .send(paper.buffer);
}
