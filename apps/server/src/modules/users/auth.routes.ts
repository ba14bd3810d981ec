import { LoginInput, LoginResult, Me, Ok } from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import * as auth from "./auth.service";

interface AuthRouteOptions {
  secureCookies: boolean;
  loginRateLimit: number;
}

export async function authRoutes(root: FastifyInstance, options: AuthRouteOptions) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = { path: "/", httpOnly: true, sameSite: "lax" as const, secure: options.secureCookies };

  app.post(
    "/api/auth/login",
    {
      config: { public: true, rateLimit: { max: options.loginRateLimit, timeWindow: "1 minute" } },
      schema: { tags: ["auth"], body: LoginInput, response: { 200: LoginResult } },
    },
    async (req, reply) => {
      const { token, ...result } = await auth.login(req.ctx, req.body);
      reply.setCookie(auth.sessionCookie, token, { ...cookieOptions, maxAge: 14 * 86_400 });
      return result;
    },
  );

  app.post(
    "/api/auth/logout",
    {
      config: { access: { self: true } },
      schema: {
        tags: ["auth"],
        querystring: z.object({ everywhere: z.enum(["0", "1"]).optional() }),
        response: { 200: Ok },
      },
    },
    async (req, reply) => {
      await auth.logout(req.ctx, req.query.everywhere === "1");
      reply.clearCookie(auth.sessionCookie, cookieOptions);
      return { ok: true as const };
    },
  );

  app.get("/api/me", { config: { access: { self: true } }, schema: { tags: ["auth"], response: { 200: Me } } }, (req) =>
    auth.me(req.ctx),
  );
}
