import { HandbookSummary, Member } from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import * as handbook from "./handbook.service";

const tags = ["handbook"];

export async function handbookRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/me/handbook",
    { config: { access: { self: true } }, schema: { tags, response: { 200: HandbookSummary } } },
    (req) => handbook.summary(req.ctx),
  );
  app.get(
    "/api/me/member",
    { config: { access: { self: true } }, schema: { tags, response: { 200: Member } } },
    (req) => handbook.ownRecord(req.ctx),
  );
}
