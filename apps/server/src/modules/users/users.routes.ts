import {
  ChangePasswordInput,
  CreateGrantInput,
  CreateUserInput,
  Id,
  Ok,
  OptionalText,
  UpdateUserInput,
  UserView,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import * as users from "./users.service";

const params = z.object({ id: Id });
const tags = ["users"];

export async function userRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/users",
    {
      config: { access: { permission: "user.read", list: true } },
      schema: {
        tags,
        querystring: z.object({ q: OptionalText(100) }),
        response: { 200: z.array(UserView) },
      },
    },
    (req) => users.listUsers(req.ctx, req.query.q),
  );
  app.get(
    "/api/users/:id",
    {
      config: { access: { permission: "user.read", target: "user" } },
      schema: { tags, params, response: { 200: UserView } },
    },
    (req) => users.getUser(req.ctx, req.params.id),
  );
  app.post(
    "/api/users",
    {
      config: { access: { permission: "user.manage", target: "orgUnit" } },
      schema: { tags, body: CreateUserInput, response: { 201: UserView } },
    },
    async (req, reply) => reply.status(201).send(await users.createUser(req.ctx, req.body)),
  );
  app.patch(
    "/api/users/:id",
    {
      config: { access: { permission: "user.manage", target: "user" } },
      schema: { tags, params, body: UpdateUserInput, response: { 200: UserView } },
    },
    (req) => users.updateUser(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/users/:id/grants",
    {
      config: { access: { permission: "user.manage", target: "user" } },
      schema: { tags, params, body: CreateGrantInput, response: { 200: UserView } },
    },
    (req) => users.addGrant(req.ctx, req.params.id, req.body),
  );
  app.delete(
    "/api/grants/:id",
    {
      config: { access: { permission: "user.manage", target: "grant" } },
      schema: { tags, params, response: { 200: UserView } },
    },
    (req) => users.revokeGrant(req.ctx, req.params.id),
  );
  app.post(
    "/api/me/password",
    { config: { access: { self: true } }, schema: { tags, body: ChangePasswordInput, response: { 200: Ok } } },
    (req) => users.changeOwnPassword(req.ctx, req.body.currentPassword, req.body.newPassword),
  );
}
