import type { Indicator } from "../../platform/module";
import { countUnitsOfTypes } from "./org-indicators.repo";

const units = (id: string, types: string[], vi: string, en: string): Indicator => ({
  id,
  group: "org",
  unit: "count",
  label: { vi, en },
  compute: (db, q) => countUnitsOfTypes(db, types, q),
});

/** The organisation figures of reports: units under the unit on the period's last day, by type. */
export const orgIndicators: Indicator[] = [
  units(
    "org.grassrootsOrganisations",
    ["grassroots_committee", "grassroots_cell"],
    "Tổ chức cơ sở đảng",
    "Grassroots party organisations",
  ),
  units("org.grassrootsCommittees", ["grassroots_committee"], "Đảng bộ cơ sở", "Grassroots committees"),
  units("org.grassrootsCells", ["grassroots_cell"], "Chi bộ cơ sở", "Grassroots cells"),
  units("org.subCommittees", ["sub_committee"], "Đảng bộ bộ phận", "Sub-committees"),
  units("org.cells", ["cell"], "Chi bộ trực thuộc", "Cells under a committee"),
  units("org.partyGroups", ["party_group"], "Tổ đảng", "Party groups"),
];
