import type { reportsDashboardVi } from "./reports-dashboard.vi";

/** The reports dashboard, English; the keys are checked against `reports-dashboard.vi.ts`. */
export const reportsDashboardEn: typeof reportsDashboardVi = {
  reportsDashboard: {
    menu: "Figures overview",
    title: "Party-work figures overview",
    hint: "Figures computed from the records of every unit below, beside the previous period. Click a unit to look inside it.",
    open: "Figures overview",
    unit: "Unit",
    periodType: "Period type",
    period: "Period",
    asOf: "Figures up to {{date}}",
    previous: "Previous period ({{period}}): {{value}}",
    noChange: "unchanged",
    points: "points",
    keyFigures: "Key figures",
    children: "Units below",
    noChildren: "This unit has no units below it.",
    childName: "Unit",
    childType: "Type",
    members: "Members",
    admitted: "Admitted",
    meetingsHeld: "Regular meetings",
    subUnits: "{{count}} units below",
    charts: "Charts",
    membersByChild: "Members by unit below (end of period)",
    admissionsByMonth: "Members admitted by month, {{year}}",
    monthShort: "M{{n}}",
    chartsLoading: "Drawing the charts…",
    breadcrumb: "Unit path",
    loadFailed: "The figures could not be loaded.",
  },
};
