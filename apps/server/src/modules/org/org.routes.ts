import {
  CreateOrgUnitInput,
  CreatePositionInput,
  CreateTermInput,
  EndPositionInput,
  Id,
  OrgTreeNode,
  OrgTreeQuery,
  OrgUnit,
  OrgUnitEvent,
  OrgUnitEventInput,
  Position,
  SetLocalityInput,
  Term,
  UpdateOrgUnitInput,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import * as org from "./org.service";
import * as committee from "./org-committee.service";
import * as events from "./org-events.service";
import { setUnitLocality } from "./org-locality.service";

const params = z.object({ id: Id });
const tags = ["org"];

export async function orgRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/org-units",
    {
      config: { access: { permission: "org.read", list: true } },
      schema: { tags, querystring: OrgTreeQuery, response: { 200: z.array(OrgTreeNode) } },
    },
    (req) => org.listTree(req.ctx, req.query.asOf, req.query.q),
  );
  app.get(
    "/api/org-units/:id",
    {
      config: { access: { permission: "org.read", target: "orgUnit" } },
      schema: { tags, params, querystring: OrgTreeQuery.pick({ asOf: true }), response: { 200: OrgUnit } },
    },
    (req) => org.getUnit(req.ctx, req.params.id, req.query.asOf),
  );
  app.post(
    "/api/org-units",
    {
      config: { access: { permission: "org.restructure", target: "orgUnit" } },
      schema: { tags, body: CreateOrgUnitInput, response: { 201: OrgUnit } },
    },
    async (req, reply) => reply.status(201).send(await org.createUnit(req.ctx, req.body)),
  );
  app.patch(
    "/api/org-units/:id",
    {
      config: { access: { permission: "org.write", target: "orgUnit" } },
      schema: { tags, params, body: UpdateOrgUnitInput, response: { 200: OrgUnit } },
    },
    (req) => org.updateUnit(req.ctx, req.params.id, req.body),
  );
  app.put(
    "/api/org-units/:id/locality",
    {
      config: { access: { permission: "org.write", target: "orgUnit" } },
      schema: { tags, params, body: SetLocalityInput, response: { 200: OrgUnit } },
    },
    (req) => setUnitLocality(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/api/org-units/:id/events",
    {
      config: { access: { permission: "org.read", target: "orgUnit" } },
      schema: { tags, params, response: { 200: z.array(OrgUnitEvent) } },
    },
    (req) => org.listUnitEvents(req.ctx, req.params.id),
  );
  app.post(
    "/api/org-units/:id/events",
    {
      config: { access: { permission: "org.restructure", target: "orgUnit", of: "parent" } },
      schema: { tags, params, body: OrgUnitEventInput, response: { 200: OrgUnit } },
    },
    (req) => events.applyEvent(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/api/org-units/:id/terms",
    {
      config: { access: { permission: "org.read", target: "orgUnit" } },
      schema: { tags, params, response: { 200: z.array(Term) } },
    },
    (req) => committee.listTerms(req.ctx, req.params.id),
  );
  app.post(
    "/api/org-units/:id/terms",
    {
      config: { access: { permission: "org.write", target: "orgUnit" } },
      schema: { tags, params, body: CreateTermInput, response: { 201: Term } },
    },
    async (req, reply) => reply.status(201).send(await committee.createTerm(req.ctx, req.params.id, req.body)),
  );
  app.get(
    "/api/org-units/:id/positions",
    {
      config: { access: { permission: "org.read", target: "orgUnit" } },
      schema: {
        tags,
        params,
        querystring: z.object({ all: z.enum(["0", "1"]).optional() }),
        response: { 200: z.array(Position) },
      },
    },
    (req) => committee.listPositions(req.ctx, req.params.id, req.query.all === "1"),
  );
  app.post(
    "/api/org-units/:id/positions",
    {
      config: { access: { permission: "org.write", target: "orgUnit" } },
      schema: { tags, params, body: CreatePositionInput, response: { 201: Position } },
    },
    async (req, reply) => reply.status(201).send(await committee.createPosition(req.ctx, req.params.id, req.body)),
  );
  app.post(
    "/api/positions/:id/end",
    {
      config: { access: { permission: "org.write", target: "position" } },
      schema: { tags, params, body: EndPositionInput, response: { 200: Position } },
    },
    (req) => committee.endPosition(req.ctx, req.params.id, req.body.endsOn),
  );
}
