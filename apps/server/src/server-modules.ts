import { auditModule } from "./modules/audit";
import { awardsModule } from "./modules/awards";
import { documentsModule } from "./modules/documents";
import { handbookModule } from "./modules/handbook";
import { inspectionModule } from "./modules/inspection";
import { jobsModule } from "./modules/jobs";
import { meetingsModule } from "./modules/meetings";
import { membersModule } from "./modules/members";
import { orgModule } from "./modules/org";
import { ratingsModule } from "./modules/ratings";
import { reportsModule } from "./modules/reports";
import { residenceModule } from "./modules/residence";
import { usersModule } from "./modules/users";
import type { ModuleDescriptor } from "./platform/module";

export interface ModuleOptions {
  secureCookies?: boolean;
  loginRateLimit?: number;
}

/** Every module of the server, in the order their routes and indicators are listed. */
export function serverModules(options: ModuleOptions = {}): ModuleDescriptor[] {
  return [
    usersModule({
      secureCookies: options.secureCookies ?? false,
      loginRateLimit: options.loginRateLimit ?? Number(process.env.DANGVU_LOGIN_RATE_LIMIT ?? 20),
    }),
    orgModule,
    auditModule,
    membersModule,
    meetingsModule,
    handbookModule,
    residenceModule,
    ratingsModule,
    awardsModule,
    inspectionModule,
    reportsModule,
    documentsModule,
    jobsModule,
  ];
}
