import type { ModuleDescriptor } from "../../platform/module";
import { handbookRoutes } from "./handbook.routes";

/** The member's own views for the phone: party age, meetings, tasks, notices, residence. */
export const handbookModule: ModuleDescriptor = {
  name: "handbook",
  tables: [],
  routes: handbookRoutes,
};
