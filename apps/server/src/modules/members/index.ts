export { requireMember } from "./members.access";
export { memberRoutes } from "./members.routes";
