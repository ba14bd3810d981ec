import type { CaseState, Programme, ProgrammeItem } from "@dangvu/contract";
import { App, Button, Empty, Flex, Select, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission } from "../auth/auth.api";
import { CaseFormModal } from "./case-form";
import { useDeleteProgrammeItem, useProgramme, useProgrammes } from "./inspection.api";
import { recentYears } from "./inspection.model";
import { CaseStateTag, subjectsText } from "./inspection-labels";
import { InspectionNav } from "./inspection-nav";
import { ProgrammeItemModal, ProgrammeModal } from "./programme-forms";
import { subjectValues } from "./subject-fields";

/** The year's programmes of the bodies the user sits on; the one chosen with its items and their progress. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const canWrite = useHasPermission("inspection.write");
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || new Date().getFullYear();
  const list = useProgrammes({ year });
  const chosen = params.get("id") ?? list.data?.[0]?.id;
  const [editing, setEditing] = useState<"new" | "edit" | null>(null);
  const choose = (patch: Record<string, string>) =>
    setParams({ year: String(year), ...(chosen ? { id: chosen } : {}), ...patch });
  const programme = useProgramme(chosen);
  return (
    <PageCard
      title={t("inspection.programmes")}
      data-testid="programmes-page"
      actions={
        canWrite && (
          <>
            {programme.data?.can.write && (
              <Button onClick={() => setEditing("edit")}>{t("inspection.editProgramme")}</Button>
            )}
            <Button type="primary" onClick={() => setEditing("new")} data-testid="programme-new">
              {t("inspection.newProgramme")}
            </Button>
          </>
        )
      }
    >
      <InspectionNav />
      <Typography.Paragraph type="secondary">{t("inspection.programmesHint")}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select<number>
          value={year}
          onChange={(y) => setParams({ year: String(y) })}
          style={{ width: 120 }}
          options={recentYears(new Date().getFullYear() + 1).map((y) => ({ value: y, label: String(y) }))}
        />
        <Select<string>
          value={chosen}
          onChange={(id) => choose({ id })}
          placeholder={t("inspection.pickProgramme")}
          style={{ width: 640, maxWidth: "100%" }}
          data-testid="programme-pick"
          options={(list.data ?? []).map((p) => ({
            value: p.id,
            label: `${p.title} — ${t(`inspection.bodies.${p.body}`)} ${p.orgUnitName}`,
          }))}
        />
      </Flex>
      {list.data?.length === 0 && <Empty description={t("inspection.noProgrammes")} />}
      {chosen && programme.isPending && <Skeleton active />}
      {programme.data && <ProgrammeView key={programme.data.id} programme={programme.data} />}
      {editing && (
        <ProgrammeModal
          year={year}
          programme={editing === "edit" ? programme.data : undefined}
          onClose={() => setEditing(null)}
          onSaved={(id) => choose({ id })}
        />
      )}
    </PageCard>
  );
}

function ProgrammeView({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const remove = useDeleteProgrammeItem(programme.id);
  const [editing, setEditing] = useState<ProgrammeItem | "new" | null>(null);
  const [opening, setOpening] = useState<ProgrammeItem | null>(null);

  async function removeItem(item: ProgrammeItem) {
    if (!(await modal.confirm({ title: t("inspection.deleteItem"), content: t("inspection.deleteItemConfirm") })))
      return;
    try {
      await remove.mutateAsync(item.id);
      void message.success(t("inspection.itemDeleted"));
    } catch (error) {
      void message.error((error as Error).message);
    }
  }

  return (
    <div data-testid="programme">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {programme.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t(`inspection.bodies.${programme.body}`)} · {programme.orgUnitName}
        {programme.decisionNo ? ` · ${programme.decisionNo}` : ""}
        {programme.approvedOn ? ` · ${formatDate(programme.approvedOn)}` : ""}
      </Typography.Paragraph>
      <Typography.Paragraph strong data-testid="programme-progress">
        {t("inspection.progress", programme.progress)}
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t("inspection.items")}</Typography.Text>
        {programme.can.write && (
          <Button onClick={() => setEditing("new")} data-testid="item-new">
            {t("inspection.newItem")}
          </Button>
        )}
      </Flex>
      <ResponsiveTable<ProgrammeItem>
        rowKey="id"
        size="small"
        dataSource={programme.items}
        pagination={false}
        locale={{ emptyText: t("inspection.noItems") }}
        onRow={() => ({ "data-testid": "programme-item" }) as object}
        columns={[
          { title: t("inspection.content"), dataIndex: "content", phone: "title" },
          { title: t("inspection.kind"), render: (_, i) => t(`inspection.kinds.${i.kind}`) },
          { title: t("inspection.subjects"), render: (_, i) => subjectsText(i.subjects), phone: "full" },
          { title: t("inspection.month"), render: (_, i) => t("inspection.monthN", { month: i.month }) },
          {
            title: t("inspection.state"),
            render: (_, i) =>
              i.caseId ? (
                <Link to={`/inspection/cases/${i.caseId}`}>
                  {i.caseState ? <CaseStateTag state={i.caseState as CaseState} /> : t("inspection.caseLink")}
                </Link>
              ) : i.late ? (
                <Typography.Text type="danger">{t("inspection.late")}</Typography.Text>
              ) : null,
          },
          {
            title: "",
            render: (_, i) =>
              programme.can.write && (
                <Flex gap={4} wrap>
                  {!i.caseId && (
                    <Button size="small" type="primary" onClick={() => setOpening(i)} data-testid="item-open-case">
                      {t("inspection.openCase")}
                    </Button>
                  )}
                  <Button size="small" onClick={() => setEditing(i)}>
                    {t("common.edit")}
                  </Button>
                  {!i.caseId && (
                    <Button size="small" danger onClick={() => void removeItem(i)}>
                      {t("inspection.deleteItem")}
                    </Button>
                  )}
                </Flex>
              ),
          },
        ]}
      />
      {editing && (
        <ProgrammeItemModal
          programmeId={programme.id}
          programmeVersion={programme.version}
          item={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {opening && (
        <CaseFormModal
          programmeItemId={opening.id}
          initial={{
            orgUnitId: programme.orgUnitId,
            body: programme.body,
            kind: opening.kind,
            title: opening.content.slice(0, 300),
            subjects: subjectValues(opening.subjects),
          }}
          onClose={() => setOpening(null)}
        />
      )}
    </div>
  );
}
