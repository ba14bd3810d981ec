import type { ModuleDescriptor } from "../../platform/module";
import { jobRoutes } from "./jobs.routes";

export { type JobControl, type StartedJob, startJob } from "./jobs.service";

/** Long work in the background (imports): its state and progress in the database, read by the user who started it. */
export const jobsModule: ModuleDescriptor = {
  name: "jobs",
  tables: ["jobs"],
  routes: jobRoutes,
};
