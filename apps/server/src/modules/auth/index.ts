export { authRoutes } from "./auth.routes";
export { loadActor, sessionCookie, sessionIdOf } from "./auth.service";
export { hashPassword, verifyPassword } from "./passwords";
