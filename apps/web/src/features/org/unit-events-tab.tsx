import type { OrgUnitEvent, OrgUnitType } from "@dangvu/contract";
import { Alert, Empty, Flex, Grid, Skeleton, Tag, Timeline, Typography } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../lib/dates";
import { useUnitEvents } from "./org.api";
import { type TreeIndex, unitTypes } from "./org-tree.model";

const kindColors: Record<OrgUnitEvent["kind"], string> = {
  create: "green",
  rename: "blue",
  retype: "blue",
  move: "purple",
  merge: "orange",
  absorb: "cyan",
  split: "gold",
  dissolve: "red",
};

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function typeLabel(t: TFunction, value: unknown): string {
  return unitTypes.includes(value as OrgUnitType) ? t(`unitType.${value as OrgUnitType}`) : text(value);
}

/** One readable sentence for an event, from its recorded details. */
function describe(t: TFunction, event: OrgUnitEvent, index: TreeIndex): string[] {
  const d = event.details;
  const nameOf = (id: unknown) => index.byId.get(text(id))?.name ?? "";
  switch (event.kind) {
    case "create":
      return [t("events.createdAs", { name: text(d.name), type: typeLabel(t, d.type) })];
    case "rename":
      return [t("events.renamed", { from: text(d.fromName), to: text(d.toName) })];
    case "retype":
      return [t("events.retyped", { from: typeLabel(t, d.fromType), to: typeLabel(t, d.toType) })];
    case "move": {
      // The names the event recorded, which stay right after a rename or a dissolution (the bloc wound up in 2025).
      const to = text(d.toParentName) || nameOf(d.toParentId);
      const from = text(d.fromParentName) || nameOf(d.fromParentId);
      const lines = [to && t("events.movedTo", { to })];
      if (from) lines.push(t("events.movedFrom", { from }));
      if (d.bySplitOf) lines.push(t("events.bySplit"));
      if (d.byMergeOf) lines.push(t("events.byMerge"));
      return lines;
    }
    case "merge":
      return [t("events.mergedInto", { name: text(d.intoName) || nameOf(d.intoId) })];
    case "absorb":
      return [t("events.absorbedFrom", { name: text(d.fromName) })];
    case "split": {
      const count = Array.isArray(d.partIds) ? d.partIds.length : 0;
      return [`${t("events.splitInto", { count })}${d.dissolvedSource ? ` ${t("events.splitDissolved")}` : ""}`];
    }
    default:
      return [];
  }
}

/** The unit's dated changes (founding, renames, moves, mergers, splits, dissolution), newest first. */
export function UnitEventsTab({ unitId, index }: { unitId: string; index: TreeIndex }) {
  const { t } = useTranslation();
  const events = useUnitEvents(unitId);
  // On a phone the date goes above the event instead of beside it, where it would break in two.
  const narrow = Grid.useBreakpoint().sm === false;
  if (events.isPending) return <Skeleton active />;
  if (events.isError) return <Alert type="error" showIcon title={events.error.message} />;
  if (events.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("events.empty")} />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      titleSpan={narrow ? undefined : 5}
      data-testid="unit-events"
      items={events.data.map((event) => ({
        key: event.id,
        color: kindColors[event.kind],
        title: narrow ? undefined : <Typography.Text strong>{formatDate(event.effectiveOn)}</Typography.Text>,
        content: (
          <Flex vertical gap={2} data-testid="unit-event" data-kind={event.kind}>
            {narrow && <Typography.Text strong>{formatDate(event.effectiveOn)}</Typography.Text>}
            <span>
              <Tag color={kindColors[event.kind]}>{t(`eventKind.${event.kind}`)}</Tag>
              {describe(t, event, index).filter(Boolean).join(" · ")}
            </span>
            {event.decisionNo && (
              <Typography.Text type="secondary">{t("events.decision", { no: event.decisionNo })}</Typography.Text>
            )}
            {text(event.details.note) && <Typography.Text italic>{text(event.details.note)}</Typography.Text>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("events.recordedAt", { at: formatDateTime(event.createdAt) })}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
