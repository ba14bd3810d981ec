import { lazy } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { setUnauthorizedHandler } from "../lib/api";
import { AppLayout } from "./app-layout";
import { inspectionRoutes } from "./inspection-routes";
import { NotFoundPage } from "./not-found-page";
import { queryClient } from "./query-client";
import { RequireAuth, RequirePermission } from "./require-auth";
import { Guarded, Lazy } from "./route-elements";

// Each page is its own chunk, loaded when first visited.
const LoginPage = lazy(() => import("../features/auth/login-page").then((m) => ({ default: m.LoginPage })));
const OrgPage = lazy(() => import("../features/org/org-page").then((m) => ({ default: m.OrgPage })));
const OrgWelcome = lazy(() => import("../features/org/org-welcome").then((m) => ({ default: m.OrgWelcome })));
const UnitPanel = lazy(() => import("../features/org/unit-panel").then((m) => ({ default: m.UnitPanel })));
const UsersPage = lazy(() => import("../features/users/users-page").then((m) => ({ default: m.UsersPage })));
const MemberListPage = lazy(() =>
  import("../features/members/member-list-page").then((m) => ({ default: m.MemberListPage })),
);
const MemberProfilePage = lazy(() =>
  import("../features/members/member-profile-page").then((m) => ({ default: m.MemberProfilePage })),
);
const MemberImportPage = lazy(() =>
  import("../features/members/member-import-page").then((m) => ({ default: m.MemberImportPage })),
);
const MemberPrintPage = lazy(() =>
  import("../features/members/member-print-page").then((m) => ({ default: m.MemberPrintPage })),
);
const RemindersPage = lazy(() =>
  import("../features/members/reminders-page").then((m) => ({ default: m.RemindersPage })),
);
const MeetingListPage = lazy(() =>
  import("../features/meetings/meeting-list-page").then((m) => ({ default: m.MeetingListPage })),
);
const ScoringTemplatesPage = lazy(() =>
  import("../features/meetings/scoring-templates-page").then((m) => ({ default: m.ScoringTemplatesPage })),
);
const TemplatesListPage = lazy(() =>
  import("../features/reports/templates-list-page").then((m) => ({ default: m.TemplatesListPage })),
);
const TemplatePage = lazy(() =>
  import("../features/reports/templates-page").then((m) => ({ default: m.TemplatePage })),
);
const MeetingPage = lazy(() => import("../features/meetings/meeting-page").then((m) => ({ default: m.MeetingPage })));

const ResidenceRequestsPage = lazy(() =>
  import("../features/residence/residence-requests-page").then((m) => ({ default: m.ResidenceRequestsPage })),
);
const PublicCommentPage = lazy(() =>
  import("../features/residence/public-comment-page").then((m) => ({ default: m.PublicCommentPage })),
);
const ShortCodePage = lazy(() =>
  import("../features/residence/short-code-page").then((m) => ({ default: m.ShortCodePage })),
);
const ResidenceFollowUpPage = lazy(() =>
  import("../features/residence/residence-follow-up-page").then((m) => ({ default: m.ResidenceFollowUpPage })),
);
const CommentLettersPage = lazy(() =>
  import("../features/residence/comment-letters-page").then((m) => ({ default: m.CommentLettersPage })),
);
const CycleListPage = lazy(() =>
  import("../features/ratings/cycle-list-page").then((m) => ({ default: m.CycleListPage })),
);
const CyclePage = lazy(() => import("../features/ratings/cycle-page").then((m) => ({ default: m.CyclePage })));
const RatingResultsPage = lazy(() =>
  import("../features/ratings/results-page").then((m) => ({ default: m.ResultsPage })),
);
const CommendationsPage = lazy(() =>
  import("../features/awards/commendations-page").then((m) => ({ default: m.CommendationsPage })),
);
const CampaignsPage = lazy(() =>
  import("../features/awards/campaigns-page").then((m) => ({ default: m.CampaignsPage })),
);
const ModelsPage = lazy(() => import("../features/awards/models-page").then((m) => ({ default: m.ModelsPage })));
const ReportsPage = lazy(() => import("../features/reports/reports-page").then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => import("../features/reports/report-page").then((m) => ({ default: m.ReportPage })));
const ReportPrintPage = lazy(() =>
  import("../features/reports/report-print-page").then((m) => ({ default: m.ReportPrintPage })),
);
const DashboardPage = lazy(() =>
  import("../features/reports/dashboard-page").then((m) => ({ default: m.DashboardPage })),
);
const CompletenessPage = lazy(() =>
  import("../features/reports/completeness-page").then((m) => ({ default: m.CompletenessPage })),
);
const BadgesPage = lazy(() => import("../features/awards/badges-page").then((m) => ({ default: m.BadgesPage })));
export const router = createBrowserRouter([
  {
    path: "/login",
    element: (
      <Lazy>
        <LoginPage />
      </Lazy>
    ),
  },
  {
    // The residence cell's comment form: opened from a single-use link, without an account or the app's frame.
    path: "/nhan-xet/:token",
    element: (
      <Lazy>
        <PublicCommentPage />
      </Lazy>
    ),
  },
  {
    // The short code printed on a letter, typed by a residence secretary who has no link: public too.
    path: "/nx",
    element: (
      <Lazy>
        <ShortCodePage />
      </Lazy>
    ),
  },
  {
    path: "/",
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/org" replace /> },
      {
        path: "org",
        element: (
          <Lazy>
            <OrgPage />
          </Lazy>
        ),
        children: [
          {
            index: true,
            element: (
              <Lazy>
                <OrgWelcome />
              </Lazy>
            ),
          },
          {
            path: ":id",
            element: (
              <Lazy>
                <UnitPanel />
              </Lazy>
            ),
          },
        ],
      },
      {
        path: "users",
        element: (
          <RequirePermission permission="user.read">
            <Lazy>
              <UsersPage />
            </Lazy>
          </RequirePermission>
        ),
      },
      {
        path: "members",
        element: (
          <Guarded permission="member.read">
            <MemberListPage />
          </Guarded>
        ),
      },
      {
        path: "members/import",
        element: (
          <Guarded permission="member.write">
            <MemberImportPage />
          </Guarded>
        ),
      },
      {
        path: "members/print",
        element: (
          <Guarded permission="member.read">
            <MemberPrintPage />
          </Guarded>
        ),
      },
      {
        path: "members/:id",
        element: (
          <Guarded permission="member.read">
            <MemberProfilePage />
          </Guarded>
        ),
      },
      {
        path: "reminders",
        element: (
          <Guarded permission="member.read">
            <RemindersPage />
          </Guarded>
        ),
      },
      {
        path: "residence",
        element: (
          <Guarded permission="member.read">
            <ResidenceRequestsPage />
          </Guarded>
        ),
      },
      {
        path: "residence/follow-up",
        element: (
          <Guarded permission="member.read">
            <ResidenceFollowUpPage />
          </Guarded>
        ),
      },
      {
        path: "residence/letters",
        element: (
          <Guarded permission="member.read">
            <CommentLettersPage />
          </Guarded>
        ),
      },
      {
        path: "meetings",
        element: (
          <Guarded permission="meeting.read">
            <MeetingListPage />
          </Guarded>
        ),
      },
      {
        path: "meetings/:id",
        element: (
          <Guarded permission="meeting.read">
            <MeetingPage />
          </Guarded>
        ),
      },
      {
        path: "awards/badges",
        element: (
          <Guarded permission="award.read">
            <BadgesPage />
          </Guarded>
        ),
      },
      {
        path: "ratings",
        element: (
          <Guarded permission="rating.read">
            <CycleListPage />
          </Guarded>
        ),
      },
      {
        path: "ratings/results",
        element: (
          <Guarded permission="rating.read">
            <RatingResultsPage />
          </Guarded>
        ),
      },
      {
        path: "ratings/:id",
        element: (
          <Guarded permission="rating.read">
            <CyclePage />
          </Guarded>
        ),
      },
      {
        path: "awards",
        element: (
          <Guarded permission="award.read">
            <CommendationsPage />
          </Guarded>
        ),
      },
      {
        path: "awards/campaigns",
        element: (
          <Guarded permission="award.read">
            <CampaignsPage />
          </Guarded>
        ),
      },
      {
        path: "awards/models",
        element: (
          <Guarded permission="award.read">
            <ModelsPage />
          </Guarded>
        ),
      },
      {
        path: "reports",
        element: (
          <Guarded permission="report.read">
            <ReportsPage />
          </Guarded>
        ),
      },
      {
        path: "reports/dashboard",
        element: (
          <Guarded permission="report.read">
            <DashboardPage />
          </Guarded>
        ),
      },
      {
        path: "reports/completeness",
        element: (
          <Guarded permission="report.read">
            <CompletenessPage />
          </Guarded>
        ),
      },
      {
        path: "reports/:templateId/:orgUnitId/:period",
        element: (
          <Guarded permission="report.read">
            <ReportPage />
          </Guarded>
        ),
      },
      {
        path: "reports/:templateId/:orgUnitId/:period/print",
        element: (
          <Guarded permission="report.read">
            <ReportPrintPage />
          </Guarded>
        ),
      },
      ...inspectionRoutes,
      {
        path: "settings/report-templates",
        element: (
          <Guarded permission="report.template">
            <TemplatesListPage />
          </Guarded>
        ),
      },
      {
        path: "settings/report-templates/:templateId",
        element: (
          <Guarded permission="report.template">
            <TemplatePage />
          </Guarded>
        ),
      },
      {
        path: "settings/scoring-templates",
        element: (
          <Guarded permission="rules.manage">
            <ScoringTemplatesPage />
          </Guarded>
        ),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

// A 401 from any request means the session is gone; a missing CSRF token means this tab never signed in.
setUnauthorizedHandler((reason) => {
  const { pathname, search } = router.state.location;
  if (pathname === "/login") return;
  const next = encodeURIComponent(pathname + search);
  void Promise.resolve(router.navigate(`/login?reason=${reason}&next=${next}`)).then(() => queryClient.clear());
});
