import {
  DecideDisciplineInput,
  Discipline,
  DisciplineListQuery,
  DisciplinePage,
  FileComplaintInput,
  Id,
  ProposeDisciplineInput,
  ResolveComplaintInput,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import * as service from "./inspection-discipline.service";
import * as complaints from "./inspection-discipline-complaints.service";
import { decideDiscipline } from "./inspection-discipline-decide.service";

const params = z.object({ id: Id });
const tags = ["inspection"];

/** Discipline proposals, decisions and complaints, under /api/inspection/discipline. */
export async function disciplineRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/inspection/discipline",
    {
      config: { access: { permission: "inspection.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: DisciplineListQuery, response: { 200: DisciplinePage } },
    },
    (req) => service.listDisciplines(req.ctx, req.query),
  );
  app.post(
    "/api/inspection/discipline",
    {
      config: { access: { permission: "inspection.write", target: "orgUnit" } },
      schema: { tags, body: ProposeDisciplineInput, response: { 201: Discipline } },
    },
    async (req, reply) => reply.status(201).send(await service.proposeDiscipline(req.ctx, req.body)),
  );
  app.get(
    "/api/inspection/discipline/:id",
    {
      config: { access: { permission: "inspection.read", target: "discipline" } },
      schema: { tags, params, response: { 200: Discipline } },
    },
    (req) => service.getDiscipline(req.ctx, req.params.id),
  );
  app.post(
    "/api/inspection/discipline/:id/decide",
    {
      config: { access: { permission: "inspection.write", target: "discipline" } },
      schema: { tags, params, body: DecideDisciplineInput, response: { 200: Discipline } },
    },
    (req) => decideDiscipline(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/inspection/discipline/:id/complaints",
    {
      config: { access: { permission: "inspection.write", target: "discipline" } },
      schema: { tags, params, body: FileComplaintInput, response: { 200: Discipline } },
    },
    (req) => complaints.fileComplaint(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/inspection/discipline/:id/complaints/resolve",
    {
      config: { access: { permission: "inspection.write", target: "discipline" } },
      schema: { tags, params, body: ResolveComplaintInput, response: { 200: Discipline } },
    },
    (req) => complaints.resolveComplaint(req.ctx, req.params.id, req.body),
  );
}
