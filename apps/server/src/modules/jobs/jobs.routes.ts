import { Id, Job } from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listJobs } from "./jobs.service";

export async function jobRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/jobs",
    {
      config: { access: { self: true } },
      schema: {
        tags: ["jobs"],
        description: "The signed-in user's latest background jobs (imports), or the one named by `id`: its progress.",
        querystring: z.object({ id: Id.optional() }),
        response: { 200: z.array(Job) },
      },
    },
    (req) => listJobs(req.ctx, req.query.id),
  );
}
