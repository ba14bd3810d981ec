import type { OrgUnit } from "@dangvu/contract";
import { Descriptions, Empty, Grid, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/dates";
import { ResponsiveTable } from "../../lib/responsive-table";
import { subtreeIds, type TreeIndex } from "./org-tree.model";
import { UnitLocality } from "./unit-locality";
import { UnitTypeTag } from "./unit-type-tag";
import { useAsOf } from "./use-as-of";

/** Members of the unit itself plus those of every unit below it that the user can see. */
function subtreeMembers(index: TreeIndex, id: string, own: number): number {
  let total = own;
  for (const below of subtreeIds(index, id)) if (below !== id) total += index.byId.get(below)?.memberCount ?? 0;
  return total;
}

/** The unit's details and the units directly under it. */
export function UnitInfoTab({ unit, index }: { unit: OrgUnit; index: TreeIndex }) {
  const { t } = useTranslation();
  const { withAsOf } = useAsOf();
  const narrow = Grid.useBreakpoint().md === false;
  const children = index.childrenOf.get(unit.id) ?? [];
  // A dissolved unit is shown as it stood the day before; its last parent is then the end of the path.
  const ancestors = unit.path.filter((p) => p.id !== unit.id);
  const parent = ancestors.find((p) => p.id === unit.parentId) ?? ancestors[ancestors.length - 1];
  const items = [
    { key: "name", label: t("unit.name"), children: unit.name },
    { key: "type", label: t("unit.type"), children: t(`unitType.${unit.type}`) },
    {
      key: "parent",
      label: t("unit.parent"),
      children: parent ? (
        index.byId.has(parent.id) ? (
          <Link to={withAsOf(`/org/${parent.id}`)}>{parent.name}</Link>
        ) : (
          parent.name
        )
      ) : (
        t("common.none")
      ),
    },
    { key: "established", label: t("unit.establishedOn"), children: formatDate(unit.establishedOn) },
    ...(unit.dissolvedOn
      ? [{ key: "dissolved", label: t("unit.dissolvedOn"), children: formatDate(unit.dissolvedOn) }]
      : []),
    { key: "validFrom", label: t("unit.validFrom"), children: formatDate(unit.validFrom) },
    {
      key: "inspection",
      label: t("unit.inspectionCommittee"),
      children: unit.hasInspectionCommittee ? t("common.yes") : t("common.no"),
    },
    { key: "locality", label: t("unit.locality"), children: <UnitLocality unit={unit} /> },
    { key: "childCount", label: t("unit.childrenCount"), children: children.length || unit.childCount },
    {
      key: "memberCount",
      label: t("unit.memberCount"),
      children:
        children.length > 0
          ? t("unit.memberCountSubtree", { count: subtreeMembers(index, unit.id, unit.memberCount) })
          : t("unit.memberCountValue", { count: unit.memberCount, full: unit.fullMemberCount }),
    },
  ];
  return (
    <>
      <Descriptions
        column={1}
        styles={{ label: { width: narrow ? "42%" : 220 } }}
        bordered
        size="small"
        items={items}
        data-testid="unit-info"
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t("unit.children")}
      </Typography.Title>
      {children.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("unit.noChildren")} />
      ) : (
        <ResponsiveTable
          size="small"
          rowKey="id"
          dataSource={children}
          pagination={children.length > 15 ? { pageSize: 15, hideOnSinglePage: true } : false}
          data-testid="unit-children"
          columns={[
            {
              key: "name",
              title: t("unit.name"),
              render: (_, child) => <Link to={withAsOf(`/org/${child.id}`)}>{child.name}</Link>,
            },
            {
              key: "type",
              title: t("unit.type"),
              width: 200,
              render: (_, child) => <UnitTypeTag type={child.type} small />,
            },
            { key: "members", title: t("unit.memberCount"), width: 130, align: "right", dataIndex: "memberCount" },
          ]}
        />
      )}
    </>
  );
}
