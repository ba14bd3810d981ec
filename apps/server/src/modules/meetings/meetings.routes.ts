import {
  AttendanceInput,
  CheckinInput,
  CreateMeetingInput,
  fileDownload,
  Id,
  MediaType,
  Meeting,
  MeetingAlert,
  MeetingListItem,
  MeetingListQuery,
  MeetingPage,
  MeetingTask,
  MinutesInput,
  PlanYearInput,
  ScoreInput,
  Text,
  UpdateMeetingInput,
  UpdateTaskInput,
  YearlyRating,
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
import { issueInvitation } from "./meetings-invitation.service";
import { complianceAlerts, yearlyRatings } from "./meetings-oversight.service";
import { invitationDocx, minutesDocx, type Paper } from "./meetings-papers";
import { planYear } from "./meetings-plan.service";
import { noticeAndTemplateRoutes } from "./notices.routes";

const params = z.object({ id: Id });
const documentParams = z.object({ id: Id, docId: Id });
const tags = ["meetings"];

export async function meetingRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/meetings",
    {
      config: { access: { permission: "meeting.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: MeetingListQuery, response: { 200: MeetingPage } },
    },
    (req) => meetings.listMeetings(req.ctx, req.query),
  );
  app.post(
    "/api/meetings",
    {
      config: { access: { permission: "meeting.write", target: "orgUnit" } },
      schema: { tags, body: CreateMeetingInput, response: { 201: Meeting } },
    },
    async (req, reply) => reply.status(201).send(await meetings.createMeeting(req.ctx, req.body)),
  );
  app.get(
    "/api/meetings/:id",
    {
      config: { access: { permission: "meeting.read", target: "meeting" } },
      schema: { tags, params, response: { 200: Meeting } },
    },
    (req) => meetings.getMeeting(req.ctx, req.params.id),
  );
  app.patch(
    "/api/meetings/:id",
    {
      config: { access: { permission: "meeting.write", target: "meeting" } },
      schema: { tags, params, body: UpdateMeetingInput, response: { 200: Meeting } },
    },
    (req) => meetings.updateMeeting(req.ctx, req.params.id, req.body),
  );
  app.put(
    "/api/meetings/:id/attendance",
    {
      config: { access: { permission: "meeting.write", target: "meeting" } },
      schema: { tags, params, body: AttendanceInput, response: { 200: Meeting } },
    },
    (req) => conduct.recordAttendance(req.ctx, req.params.id, req.body),
  );
  app.put(
    "/api/meetings/:id/minutes",
    {
      config: { access: { permission: "meeting.write", target: "meeting" } },
      schema: { tags, params, body: MinutesInput, response: { 200: Meeting } },
    },
    (req) => conduct.writeMinutes(req.ctx, req.params.id, req.body),
  );
  app.put(
    "/api/meetings/:id/score",
    {
      config: { access: { permission: "meeting.write", target: "meeting" } },
      schema: { tags, params, body: ScoreInput, response: { 200: Meeting } },
    },
    (req) => conduct.scoreMeetingQuality(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/meetings/:id/close",
    {
      config: { access: { permission: "meeting.write", target: "meeting" } },
      schema: { tags, params, response: { 200: Meeting } },
    },
    (req) => conduct.closeMeeting(req.ctx, req.params.id),
  );
  app.post(
    "/api/meetings/:id/reopen",
    {
      config: { access: { permission: "meeting.write", target: "meeting" } },
      schema: {
        tags,
        params,
        body: z.object({ reason: Text(500) }),
        response: { 200: Meeting },
      },
    },
    (req) => conduct.reopenMeeting(req.ctx, req.params.id, req.body.reason),
  );
  app.get(
    "/api/meetings/:id/checkin-code",
    {
      config: { access: { permission: "meeting.write", target: "meeting" } },
      schema: { tags, params, response: { 200: z.object({ code: z.string(), validUntil: z.string() }) } },
    },
    (req) => checkinCodeFor(req.ctx, req.params.id),
  );
  app.post(
    "/api/meetings/:id/checkin",
    {
      config: { access: { self: true, target: "meeting" } },
      schema: { tags, params, body: CheckinInput, response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    (req) => checkInAsSelf(req.ctx, req.params.id, req.body.code),
  );
  app.post(
    "/api/meetings/:id/documents",
    {
      config: { access: { permission: "meeting.write", target: "meeting" }, upload: { field: "file" } },
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
  app.get(
    "/api/meetings/:id/documents/:docId",
    {
      config: { access: { permission: "meeting.read", target: "meetingDocument" } },
      schema: {
        tags,
        params: documentParams,
        response: { 200: fileDownload(MediaType.stored, "the document, with the type it was accepted as") },
      },
    },
    async (req, reply) => {
      const file = await documents.documentContent(req.ctx, req.params.id, req.params.docId);
      return reply
        .header("content-type", file.mimeType)
        .header("content-disposition", attachmentHeader(file.fileName))
        .header("x-content-type-options", "nosniff")
        .send(file.content);
    },
  );
  app.delete(
    "/api/meetings/:id/documents/:docId",
    {
      config: { access: { permission: "meeting.write", target: "meetingDocument" } },
      schema: { tags, params: documentParams, response: { 200: Meeting } },
    },
    (req) => documents.removeDocument(req.ctx, req.params.id, req.params.docId),
  );
  app.get(
    "/api/meetings/:id/minutes.docx",
    {
      config: { access: { permission: "meeting.read", target: "meeting" } },
      schema: { tags, params, response: { 200: fileDownload(MediaType.docx, "the minutes, as a party document") } },
    },
    async (req, reply) => sendDocx(reply, await minutesDocx(req.ctx, req.params.id)),
  );
  app.get(
    "/api/meetings/:id/invitation.docx",
    {
      config: { access: { permission: "meeting.read", target: "meeting" } },
      schema: { tags, params, response: { 200: fileDownload(MediaType.docx, "the invitation, as a party document") } },
    },
    async (req, reply) => sendDocx(reply, await invitationDocx(req.ctx, req.params.id)),
  );
  app.post(
    "/api/meetings/:id/invitation",
    {
      config: { access: { permission: "meeting.write", target: "meeting" } },
      schema: { tags, params, response: { 200: Meeting } },
    },
    (req) => issueInvitation(req.ctx, req.params.id),
  );
  await noticeAndTemplateRoutes(root);
  app.post(
    "/api/meetings/plan-year",
    {
      config: { access: { permission: "meeting.write", target: "orgUnit" } },
      schema: { tags, body: PlanYearInput, response: { 201: z.array(MeetingListItem) } },
    },
    async (req, reply) => reply.status(201).send(await planYear(req.ctx, req.body)),
  );
  app.get(
    "/api/meetings/alerts",
    {
      config: { access: { permission: "meeting.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: z.object({ orgUnitId: Id.optional() }), response: { 200: z.array(MeetingAlert) } },
    },
    (req) => complianceAlerts(req.ctx, req.query.orgUnitId),
  );
  app.get(
    "/api/meetings/yearly-ratings",
    {
      config: { access: { permission: "meeting.read", list: true, within: "orgUnitId" } },
      schema: {
        tags,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100), orgUnitId: Id.optional() }),
        response: { 200: z.array(YearlyRating) },
      },
    },
    (req) => yearlyRatings(req.ctx, req.query.year, req.query.orgUnitId),
  );
  app.get(
    "/api/meeting-tasks",
    {
      config: { access: { permission: "meeting.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: z.object({ orgUnitId: Id }), response: { 200: z.array(MeetingTask) } },
    },
    (req) => conduct.listOpenTasks(req.ctx, req.query.orgUnitId),
  );
  app.patch(
    "/api/meeting-tasks/:id",
    {
      config: { access: { permission: "meeting.write", target: "meetingTask" } },
      schema: { tags, params, body: UpdateTaskInput, response: { 200: MeetingTask } },
    },
    (req) => conduct.updateTask(req.ctx, req.params.id, req.body.version, req.body.status),
  );
}

function sendDocx(reply: FastifyReply, paper: Paper) {
  return reply
    .header("content-type", docxType)
    .header("content-disposition", attachmentHeader(paper.fileName))
    .send(paper.buffer);
}
