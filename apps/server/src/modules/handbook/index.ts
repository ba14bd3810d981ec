export { handbookRoutes } from "./handbook.routes";
