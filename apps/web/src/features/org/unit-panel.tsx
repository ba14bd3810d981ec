import type { OrgUnit } from "@dangvu/contract";
import { Alert, Breadcrumb, Card, Flex, Result, Skeleton, Tabs, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../../lib/api";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { useHasPermission } from "../auth/auth.api";
import { CommendationsSection } from "../awards/commendations-section";
import { useOrgTree, useOrgUnit } from "./org.api";
import { indexTree, type TreeIndex } from "./org-tree.model";
import { UnitActions } from "./unit-actions";
import { UnitAuditTab } from "./unit-audit-tab";
import { UnitCommitteeTab } from "./unit-committee-tab";
import { UnitEventsTab } from "./unit-events-tab";
import { UnitInfoTab } from "./unit-info-tab";
import { UnitTypeTag } from "./unit-type-tag";
import { useAsOf } from "./use-as-of";

/** One organisation: where it sits, what can be done to it, and its committee, history and audit trail. */
export function UnitPanel() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { asOf } = useAsOf();
  const unit = useOrgUnit(id, asOf);
  const tree = useOrgTree(asOf);
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);

  if (unit.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (unit.isError) {
    const missing = isApiError(unit.error) && unit.error.status === 404;
    return (
      <Card>
        <Result
          status={missing ? "404" : "error"}
          title={missing ? (asOf ? t("unit.notYetExisting") : t("unit.notFound")) : t("errors.loadFailed")}
          subTitle={missing ? undefined : unit.error.message}
        />
      </Card>
    );
  }
  return <UnitView unit={unit.data} index={index} />;
}

function UnitView({ unit, index }: { unit: OrgUnit; index: TreeIndex }) {
  const { t } = useTranslation();
  const { asOf, withAsOf } = useAsOf();
  const canReadAudit = useHasPermission("audit.read");
  const canReadAwards = useHasPermission("award.read");
  const ancestors = unit.path.filter((p) => p.id !== unit.id);

  const tabs = [
    { key: "info", label: t("unit.tabInfo"), children: <UnitInfoTab unit={unit} index={index} /> },
    { key: "committee", label: t("unit.tabCommittee"), children: <UnitCommitteeTab unit={unit} /> },
    { key: "events", label: t("unit.tabEvents"), children: <UnitEventsTab unitId={unit.id} index={index} /> },
    ...(canReadAwards && !asOf
      ? [{ key: "awards", label: t("awards.section"), children: <CommendationsSection orgUnitId={unit.id} /> }]
      : []),
    ...(canReadAudit
      ? [{ key: "audit", label: t("unit.tabAudit"), children: <UnitAuditTab unitId={unit.id} index={index} /> }]
      : []),
  ];

  return (
    <PageCard data-testid="unit-panel" data-unit-id={unit.id}>
      {ancestors.length > 0 && (
        <Breadcrumb
          data-testid="unit-breadcrumb"
          items={[
            ...ancestors.map((p) => ({
              key: p.id,
              title: index.byId.has(p.id) ? <Link to={withAsOf(`/org/${p.id}`)}>{p.name}</Link> : p.name,
            })),
            { key: unit.id, title: unit.name },
          ]}
        />
      )}
      <Flex align="center" gap={12} wrap style={{ margin: "8px 0 12px" }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="unit-title">
          {unit.name}
        </Typography.Title>
        <UnitTypeTag type={unit.type} />
        {unit.dissolvedOn && (
          <Tag color="default" data-testid="unit-dissolved">
            {t("unit.dissolvedTag", { date: formatDate(unit.dissolvedOn) })}
          </Tag>
        )}
      </Flex>
      {unit.dissolvedOn && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("unit.dissolvedBanner", { date: formatDate(unit.dissolvedOn) })}
        />
      )}
      {!unit.dissolvedOn &&
        unit.warnings.map((w) => (
          <Alert key={w.code} type="warning" showIcon title={w.message} style={{ marginBottom: 12 }} />
        ))}
      {asOf ? (
        <Typography.Paragraph type="secondary">{t("actions.historyReadOnly")}</Typography.Paragraph>
      ) : (
        <UnitActions unit={unit} index={index} />
      )}
      <Tabs items={tabs} destroyOnHidden data-testid="unit-tabs" />
    </PageCard>
  );
}
