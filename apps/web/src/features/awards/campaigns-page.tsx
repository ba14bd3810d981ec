import type { Campaign } from "@dangvu/contract";
import { App, Button, DatePicker, Form, Input, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { displayDateFormat, formatDate, parseIsoDate, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission, useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useCampaigns, useDeleteCampaign, useSaveCampaign } from "./awards.api";
import { awardWriteUnits } from "./awards.model";
import { AwardsNav } from "./awards-nav";

/** The emulation campaigns of the units the user sees, with their period and criteria. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const canWrite = useHasPermission("award.write");
  const campaigns = useCampaigns({});
  const remove = useDeleteCampaign();
  const [editing, setEditing] = useState<Campaign | "new" | null>(null);
  return (
    <PageCard
      title={t("awards.campaigns")}
      data-testid="campaigns-page"
      actions={
        canWrite && (
          <Button type="primary" onClick={() => setEditing("new")} data-testid="campaign-new">
            {t("awards.newCampaign")}
          </Button>
        )
      }
    >
      <AwardsNav />
      <Typography.Paragraph type="secondary">{t("awards.campaignsHint")}</Typography.Paragraph>
      <ResponsiveTable<Campaign>
        rowKey="id"
        size="small"
        loading={campaigns.isPending}
        dataSource={campaigns.data ?? []}
        pagination={false}
        locale={{ emptyText: t("awards.noCampaigns") }}
        onRow={() => ({ "data-testid": "campaign-row" }) as object}
        columns={[
          { title: t("awards.campaignName"), dataIndex: "name", phone: "title" },
          { title: t("awards.unit"), dataIndex: "orgUnitName" },
          { title: t("awards.period"), render: (_, c) => `${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}` },
          { title: t("awards.criteria"), dataIndex: "criteria", phone: "full" },
          { title: t("awards.proposals"), dataIndex: "commendations" },
          {
            title: "",
            render: (_, c) =>
              canWrite && (
                <span style={{ display: "inline-flex", gap: 8 }}>
                  <Button size="small" onClick={() => setEditing(c)}>
                    {t("common.edit")}
                  </Button>
                  {c.commendations === 0 && (
                    <Button
                      size="small"
                      danger
                      onClick={() =>
                        modal.confirm({
                          title: t("awards.deleteCampaignConfirm", { name: c.name }),
                          onOk: async () => {
                            await remove.mutateAsync(c.id);
                            void message.success(t("awards.campaignDeleted"));
                          },
                        })
                      }
                    >
                      {t("awards.deleteCampaign")}
                    </Button>
                  )}
                </span>
              ),
          },
        ]}
      />
      {editing && <CampaignModal campaign={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />}
    </PageCard>
  );
}

interface CampaignValues {
  orgUnitId: string;
  name: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
  criteria?: string;
}

function CampaignModal({ campaign, onClose }: { campaign?: Campaign; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const save = useSaveCampaign();
  const tree = useOrgTree();
  const me = useMe();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const writable = useMemo(() => awardWriteUnits(me.data, index), [me.data, index]);
  return (
    <FormModal<CampaignValues>
      open
      title={campaign ? t("awards.editCampaign") : t("awards.newCampaign")}
      successMessage={t("awards.campaignSaved")}
      initialValues={
        campaign
          ? {
              orgUnitId: campaign.orgUnitId,
              name: campaign.name,
              startsOn: parseIsoDate(campaign.startsOn) ?? undefined,
              endsOn: parseIsoDate(campaign.endsOn) ?? undefined,
              criteria: campaign.criteria ?? undefined,
            }
          : undefined
      }
      onSubmit={(v) => {
        const fields = {
          name: v.name,
          startsOn: toIsoDate(v.startsOn),
          endsOn: toIsoDate(v.endsOn),
          criteria: v.criteria ?? "",
        };
        return campaign
          ? save.mutateAsync({ id: campaign.id, input: { version: campaign.version, ...fields } })
          : save.mutateAsync({ input: { orgUnitId: v.orgUnitId, ...fields } });
      }}
      onClose={onClose}
      testId="campaign-form"
    >
      {!campaign && (
        <Form.Item name="orgUnitId" label={t("awards.unit")} rules={[required]}>
          <UnitPicker index={index} isDisabled={(n) => !writable.has(n.id)} testId="campaign-unit" />
        </Form.Item>
      )}
      <Form.Item name="name" label={t("awards.campaignName")} rules={[required]}>
        <Input maxLength={300} data-testid="campaign-name" />
      </Form.Item>
      <Form.Item name="startsOn" label={t("awards.startsOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.Item name="endsOn" label={t("awards.endsOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.Item name="criteria" label={t("awards.criteria")}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
