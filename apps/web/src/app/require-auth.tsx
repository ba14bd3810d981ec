import { Button, Result } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { useHasPermission, useMe } from "../features/auth/auth.api";
import { isApiError } from "../lib/api";
import { PageLoader } from "./page-loader";

/** Shows its children only to a signed-in user; sends everybody else to the login page and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      const next = encodeURIComponent(location.pathname + location.search);
      return <Navigate to={`/login?next=${next}`} replace />;
    }
    return (
      <Result
        status="error"
        title={t("errors.loadFailed")}
        subTitle={me.error.message}
        extra={<Button onClick={() => void me.refetch()}>{t("common.reload")}</Button>}
      />
    );
  }
  return children;
}

/** Shows its children only when the user holds `permission` somewhere. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useTranslation();
  const allowed = useHasPermission(permission);
  if (!allowed) return <Result status="403" title="403" subTitle={t("errors.forbidden")} />;
  return children;
}
