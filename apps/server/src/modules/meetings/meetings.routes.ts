import {
  AttendanceInput,
  CheckinInput,
  CreateMeetingInput,
  Id,
  Meeting,
  MeetingListItem,
  MeetingListQuery,
  MeetingTask,
  MinutesInput,
  ScoreInput,
  UpdateMeetingInput,
  UpdateTaskInput,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { registerAuditEntity } from "../audit";
import { findMeeting } from "./meetings.repo";
import * as meetings from "./meetings.service";
import { checkInAsSelf, checkinCodeFor } from "./meetings-checkin.service";
import * as conduct from "./meetings-conduct.service";

const params = z.object({ id: Id });
const tags = ["meetings"];

export async function meetingRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  registerAuditEntity("meeting", async (ctx, id) => {
    const meeting = await findMeeting(ctx.db, id);
    return meeting && { orgUnitId: meeting.orgUnitId };
  });
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
