import { lazy } from "react";
import type { RouteObject } from "react-router";
import { Guarded, Lazy } from "./route-elements";

// The inspection committee's pages (issue 11), each its own chunk.
const ProgrammesPage = lazy(() =>
  import("../features/inspection/programmes-page").then((m) => ({ default: m.ProgrammesPage })),
);
const CasesPage = lazy(() => import("../features/inspection/cases-page").then((m) => ({ default: m.CasesPage })));
const CasePage = lazy(() => import("../features/inspection/case-page").then((m) => ({ default: m.CasePage })));
const LettersPage = lazy(() => import("../features/inspection/letters-page").then((m) => ({ default: m.LettersPage })));
const LetterPage = lazy(() => import("../features/inspection/letter-page").then((m) => ({ default: m.LetterPage })));
const DisciplinePage = lazy(() =>
  import("../features/inspection/discipline-page").then((m) => ({ default: m.DisciplinePage })),
);
const DisciplineDetailPage = lazy(() =>
  import("../features/inspection/discipline-detail-page").then((m) => ({ default: m.DisciplineDetailPage })),
);
const InspectionSummaryPage = lazy(() =>
  import("../features/inspection/summary-page").then((m) => ({ default: m.SummaryPage })),
);

/** The inspection pages: the committee's work for `inspection.read`, the counts for those who read reports. */
export const inspectionRoutes: RouteObject[] = [
  {
    path: "inspection",
    element: (
      <Guarded permission="inspection.read">
        <ProgrammesPage />
      </Guarded>
    ),
  },
  {
    path: "inspection/cases",
    element: (
      <Guarded permission="inspection.read">
        <CasesPage />
      </Guarded>
    ),
  },
  {
    // A record may be shared with a role beyond the inspection committee: the server decides, a 404 otherwise.
    path: "inspection/cases/:id",
    element: (
      <Lazy>
        <CasePage />
      </Lazy>
    ),
  },
  {
    path: "inspection/letters",
    element: (
      <Guarded permission="inspection.read">
        <LettersPage />
      </Guarded>
    ),
  },
  {
    path: "inspection/letters/:id",
    element: (
      <Lazy>
        <LetterPage />
      </Lazy>
    ),
  },
  {
    path: "inspection/discipline",
    element: (
      <Guarded permission="inspection.read">
        <DisciplinePage />
      </Guarded>
    ),
  },
  {
    path: "inspection/discipline/:id",
    element: (
      <Guarded permission="inspection.read">
        <DisciplineDetailPage />
      </Guarded>
    ),
  },
  {
    path: "inspection/summary",
    element: (
      <Guarded permission="report.read">
        <InspectionSummaryPage />
      </Guarded>
    ),
  },
];
