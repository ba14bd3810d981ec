import {
  CreateProgrammeInput,
  Id,
  Programme,
  ProgrammeItemInput,
  ProgrammeListQuery,
  ProgrammeSummary,
  UpdateProgrammeInput,
  UpdateProgrammeItemInput,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import * as programmes from "./inspection-programmes.service";

const params = z.object({ id: Id });
const itemParams = z.object({ id: Id, itemId: Id });
const tags = ["inspection"];

/** The year's inspection and supervision programmes and their planned items, under /api/inspection/programmes. */
export async function programmeRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/inspection/programmes",
    {
      config: { access: { permission: "inspection.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: ProgrammeListQuery, response: { 200: z.array(ProgrammeSummary) } },
    },
    (req) => programmes.listProgrammes(req.ctx, req.query),
  );
  app.post(
    "/api/inspection/programmes",
    {
      config: { access: { permission: "inspection.write", target: "orgUnit" } },
      schema: { tags, body: CreateProgrammeInput, response: { 201: Programme } },
    },
    async (req, reply) => reply.status(201).send(await programmes.createProgramme(req.ctx, req.body)),
  );
  app.get(
    "/api/inspection/programmes/:id",
    {
      config: { access: { permission: "inspection.read", target: "inspectionProgramme" } },
      schema: { tags, params, response: { 200: Programme } },
    },
    (req) => programmes.getProgramme(req.ctx, req.params.id),
  );
  app.patch(
    "/api/inspection/programmes/:id",
    {
      config: { access: { permission: "inspection.write", target: "inspectionProgramme" } },
      schema: { tags, params, body: UpdateProgrammeInput, response: { 200: Programme } },
    },
    (req) => programmes.updateProgramme(req.ctx, req.params.id, req.body),
  );
  await itemRoutes(root);
}

async function itemRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/api/inspection/programmes/:id/items",
    {
      config: { access: { permission: "inspection.write", target: "inspectionProgramme" } },
      schema: { tags, params, body: ProgrammeItemInput, response: { 201: Programme } },
    },
    async (req, reply) => reply.status(201).send(await programmes.addItem(req.ctx, req.params.id, req.body)),
  );
  app.patch(
    "/api/inspection/programmes/:id/items/:itemId",
    {
      config: { access: { permission: "inspection.write", target: "inspectionProgrammeItem" } },
      schema: { tags, params: itemParams, body: UpdateProgrammeItemInput, response: { 200: Programme } },
    },
    (req) => programmes.updateItem(req.ctx, req.params.id, req.params.itemId, req.body),
  );
  app.delete(
    "/api/inspection/programmes/:id/items/:itemId",
    {
      config: { access: { permission: "inspection.write", target: "inspectionProgrammeItem" } },
      schema: { tags, params: itemParams, response: { 200: Programme } },
    },
    (req) => programmes.deleteItem(req.ctx, req.params.id, req.params.itemId),
  );
}
