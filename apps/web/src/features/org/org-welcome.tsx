import { Card, Empty } from "antd";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { useOrgTree } from "./org.api";
import { useAsOf } from "./use-as-of";

/** The right-hand side before a unit is chosen: the user's own top unit when there is just one, else a hint. */
export function OrgWelcome() {
  const { t } = useTranslation();
  const { asOf, withAsOf } = useAsOf();
  const tree = useOrgTree(asOf);
  const ids = new Set(tree.data?.map((n) => n.id));
  const roots = tree.data?.filter((n) => !n.parentId || !ids.has(n.parentId)) ?? [];
  const only = roots.length === 1 ? roots[0] : undefined;
  if (only && !tree.isPlaceholderData) return <Navigate to={withAsOf(`/org/${only.id}`)} replace />;
  return (
    <Card>
      <Empty description={t("org.selectHint")} />
    </Card>
  );
}
