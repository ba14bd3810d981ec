import { AuditEvent, AuditQuery } from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listAuditEvents } from "./audit.service";

export async function auditRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/audit-events",
    {
      config: { access: { permission: "audit.read", target: "member" } },
      schema: { tags: ["audit"], querystring: AuditQuery, response: { 200: z.array(AuditEvent) } },
    },
    (req) => listAuditEvents(req.ctx, req.query.entityType, req.query.entityId),
  );
}
