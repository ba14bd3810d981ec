import { type ReactNode, Suspense } from "react";
import { PageLoader } from "./page-loader";
import { RequirePermission } from "./require-auth";

/** A page loaded when first visited, with the loader meanwhile. */
export function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}

/** A page for users holding `permission`, loaded when first visited. */
export function Guarded({ permission, children }: { permission: string; children: ReactNode }) {
  return (
    <RequirePermission permission={permission}>
      <Lazy>{children}</Lazy>
    </RequirePermission>
  );
}
