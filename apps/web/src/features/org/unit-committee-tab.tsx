import type { OrgUnit, Position, Term } from "@dangvu/contract";
import { Alert, Button, Flex, Switch, Tag, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/dates";
import { ResponsiveTable } from "../../lib/responsive-table";
import { usePositions, useTerms } from "./org.api";
import {
  AddPositionModal,
  AddTermModal,
  EndPositionModal,
  isCellUnit,
  positionKindLabel,
} from "./unit-committee-forms";

function NoWrap({ children }: { children: ReactNode }) {
  return <span style={{ whiteSpace: "nowrap" }}>{children}</span>;
}

/** The unit's terms (nhiệm kỳ) and the positions in its committee. */
export function UnitCommitteeTab({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const [showEnded, setShowEnded] = useState(false);
  const [open, setOpen] = useState<"term" | "position" | null>(null);
  const [ending, setEnding] = useState<Position | null>(null);
  const terms = useTerms(unit.id);
  const positions = usePositions(unit.id, showEnded);
  const termName = (id: string | null) => terms.data?.find((term) => term.id === id)?.name ?? "";
  const canManage = unit.can.manageCommittee;

  return (
    <Flex vertical gap={24}>
      <section>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t("committee.terms")}
          </Typography.Title>
          {canManage && (
            <Button onClick={() => setOpen("term")} data-testid="add-term">
              {t("committee.addTerm")}
            </Button>
          )}
        </Flex>
        {terms.isError && <Alert type="error" showIcon title={terms.error.message} />}
        <ResponsiveTable<Term>
          size="small"
          rowKey="id"
          loading={terms.isPending}
          dataSource={terms.data ?? []}
          pagination={false}
          locale={{ emptyText: t("committee.noTerms") }}
          data-testid="terms-table"
          columns={[
            { key: "name", title: t("committee.termName"), dataIndex: "name" },
            { key: "startsOn", title: t("committee.startsOn"), render: (_, term) => formatDate(term.startsOn) },
            {
              key: "endsOn",
              title: t("committee.endsOn"),
              render: (_, term) =>
                term.endsOn ? formatDate(term.endsOn) : <Tag color="green">{t("committee.current")}</Tag>,
            },
          ]}
        />
      </section>

      <section>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 8 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t("committee.positions")}
          </Typography.Title>
          <Flex align="center" gap={12} wrap>
            <Flex align="center" gap={8}>
              <Switch
                id="show-ended-positions"
                size="small"
                checked={showEnded}
                onChange={setShowEnded}
                data-testid="show-ended-positions"
              />
              <label htmlFor="show-ended-positions">{t("committee.showEnded")}</label>
            </Flex>
            {canManage && (
              <Button onClick={() => setOpen("position")} data-testid="add-position">
                {t("committee.addPosition")}
              </Button>
            )}
          </Flex>
        </Flex>
        {!unit.hasInspectionCommittee && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t("committee.noInspection")}
          </Typography.Paragraph>
        )}
        {positions.isError && <Alert type="error" showIcon title={positions.error.message} />}
        <ResponsiveTable<Position>
          size="small"
          rowKey="id"
          loading={positions.isPending || positions.isPlaceholderData}
          dataSource={positions.data ?? []}
          pagination={false}
          locale={{ emptyText: t("committee.noPositions") }}
          data-testid="positions-table"
          columns={[
            { key: "holder", title: t("committee.holderName"), dataIndex: "holderName" },
            {
              key: "kind",
              title: t("committee.kind"),
              render: (_, p) => positionKindLabel(t, p.kind, isCellUnit(unit)),
            },
            { key: "term", title: t("committee.term"), render: (_, p) => <NoWrap>{termName(p.termId)}</NoWrap> },
            {
              key: "startsOn",
              title: t("committee.startsOn"),
              render: (_, p) => <NoWrap>{formatDate(p.startsOn)}</NoWrap>,
            },
            {
              key: "status",
              title: t("committee.status"),
              render: (_, p) =>
                p.endsOn ? (
                  <Tag>{`${t("committee.ended")} ${formatDate(p.endsOn)}`}</Tag>
                ) : (
                  <Tag color="green">{t("committee.active")}</Tag>
                ),
            },
            ...(canManage
              ? [
                  {
                    key: "actions",
                    title: "",
                    render: (_: unknown, p: Position) =>
                      !p.endsOn && (
                        <Button size="small" onClick={() => setEnding(p)} data-testid="end-position">
                          {t("committee.endPosition")}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </section>

      <AddTermModal unit={unit} open={open === "term"} onClose={() => setOpen(null)} />
      <AddPositionModal unit={unit} terms={terms.data ?? []} open={open === "position"} onClose={() => setOpen(null)} />
      <EndPositionModal position={ending} onClose={() => setEnding(null)} />
    </Flex>
  );
}
