import { lazy, type ReactNode, Suspense } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { setUnauthorizedHandler } from "../lib/api";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { PageLoader } from "./page-loader";
import { queryClient } from "./query-client";
import { RequireAuth, RequirePermission } from "./require-auth";

// Each page is its own chunk, loaded when first visited.
const LoginPage = lazy(() => import("../features/auth/login-page").then((m) => ({ default: m.LoginPage })));
const OrgPage = lazy(() => import("../features/org/org-page").then((m) => ({ default: m.OrgPage })));
const OrgWelcome = lazy(() => import("../features/org/org-welcome").then((m) => ({ default: m.OrgWelcome })));
const UnitPanel = lazy(() => import("../features/org/unit-panel").then((m) => ({ default: m.UnitPanel })));
const UsersPage = lazy(() => import("../features/users/users-page").then((m) => ({ default: m.UsersPage })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}

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
