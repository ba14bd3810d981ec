import type { ModuleDescriptor } from "../../platform/module";
import { authRoutes } from "./auth.routes";
import { userRoutes } from "./users.routes";
import { locateUserForAudit } from "./users.service";

export { loadActor, sessionCookie, sessionIdOf } from "./auth.service";
export { hashPassword, verifyPassword } from "./passwords";
export { memberIdOfUser } from "./users.repo";

export interface UsersModuleOptions {
  secureCookies: boolean;
  loginRateLimit: number;
}

/** Users, their roles and grants over subtrees, sign-in and sessions. */
export function usersModule(options: UsersModuleOptions): ModuleDescriptor {
  return {
    name: "users",
    tables: ["users", "roles", "grants", "sessions"],
    permissions: ["user.read", "user.manage", "self.read"],
    routes: async (app) => {
      await authRoutes(app, options);
      await userRoutes(app);
    },
    auditEntities: { user: { locate: locateUserForAudit, readPermission: "user.read" } },
  };
}
