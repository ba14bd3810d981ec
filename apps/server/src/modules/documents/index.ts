import type { ModuleDescriptor } from "../../platform/module";
import { documentRuleSettings } from "./documents.settings";

export { documentCode } from "./documents.rules";
export { type DocumentNumber, issuerCode, type NumberRequest, numberOf, takeNumber } from "./documents.service";
export { takeNumbers } from "./documents-bulk.service";

/**
 * Party documents. For now, the register of document numbers every module's papers take theirs from (invitations
 * today; reports and letters later): per issuing unit, type and term, never reused.
 */
export const documentsModule: ModuleDescriptor = {
  name: "documents",
  tables: ["document_numbers"],
  routes: async () => {},
  ruleSettings: documentRuleSettings,
};
