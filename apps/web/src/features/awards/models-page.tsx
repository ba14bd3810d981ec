import type { EmulationModel, ModelStatus } from "@dangvu/contract";
import { Button, Flex, Select, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useHasPermission } from "../auth/auth.api";
import { downloadModels, useModelCatalogue, useModels } from "./awards.api";
import { AwardsNav } from "./awards-nav";
import { RecogniseModal, RegisterModelModal } from "./model-forms";

const statusColors: Record<ModelStatus, string> = {
  registered: "blue",
  recognised: "green",
  not_recognised: "default",
};
const money = new Intl.NumberFormat("vi-VN");

/** The registry of emulation models: filters, register, score and recognise, export to Excel. */
export function ModelsPage() {
  const { t } = useTranslation();
  const canWrite = useHasPermission("award.write");
  const canDecide = useHasPermission("award.decide");
  const catalogue = useModelCatalogue();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number | undefined>(thisYear);
  const [field, setField] = useState<string | undefined>();
  const [status, setStatus] = useState<ModelStatus | undefined>();
  const query = { year, field, status };
  const models = useModels(query);
  const [registering, setRegistering] = useState(false);
  const [scoring, setScoring] = useState<EmulationModel | null>(null);
  const range = catalogue.data?.recognitionScore ?? { min: 75, max: 100 };
  const fields =
    catalogue.data?.titles.flatMap((title) => title.fields.map((f) => ({ ...f, title: title.label }))) ?? [];
  return (
    <PageCard
      title={t("awards.models")}
      data-testid="models-page"
      actions={
        <>
          <Button onClick={() => void downloadModels(query)} data-testid="models-export">
            {t("awards.exportModels")}
          </Button>
          {canWrite && (
            <Button type="primary" onClick={() => setRegistering(true)} data-testid="model-register">
              {t("awards.register")}
            </Button>
          )}
        </>
      }
    >
      <AwardsNav />
      <Typography.Paragraph type="secondary">{t("awards.modelsHint", range)}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t("awards.allYears")}
          value={year}
          onChange={setYear}
          style={{ width: 130 }}
          data-testid="models-year"
          options={Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))}
        />
        <Select
          allowClear
          placeholder={t("awards.allFields")}
          value={field}
          onChange={setField}
          style={{ width: 220 }}
          options={fields.map((f) => ({ value: f.code, label: `${f.label} (${f.title})` }))}
        />
        <Select
          allowClear
          placeholder={t("awards.allStatuses")}
          value={status}
          onChange={setStatus}
          style={{ width: 200 }}
          options={(["registered", "recognised", "not_recognised"] as const).map((s) => ({
            value: s,
            label: t(`awards.modelStatuses.${s}`),
          }))}
        />
        {models.data && (
          <Typography.Text type="secondary" style={{ alignSelf: "center" }}>
            {t("awards.total", { count: models.data.total })}
          </Typography.Text>
        )}
      </Flex>
      <ResponsiveTable<EmulationModel>
        rowKey="id"
        size="small"
        loading={models.isPending}
        dataSource={models.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t("awards.noModels") }}
        onRow={(m) => ({ "data-testid": "model-row", "data-status": m.status }) as object}
        columns={[
          {
            title: t("awards.modelName"),
            phone: "title",
            render: (_, m) => (
              <span>
                <strong>{m.name}</strong>
                {m.memberName && <Typography.Text type="secondary"> · {m.memberName}</Typography.Text>}
              </span>
            ),
          },
          { title: t("awards.title"), render: (_, m) => `${m.titleLabel} · ${m.fieldLabel}` },
          { title: t("awards.unit"), dataIndex: "orgUnitName" },
          { title: t("awards.level"), render: (_, m) => t(`awards.levels.${m.level}`) },
          { title: t("awards.year"), dataIndex: "year" },
          { title: t("awards.valueVnd"), render: (_, m) => (m.valueVnd === null ? "" : money.format(m.valueVnd)) },
          {
            title: t("awards.status"),
            render: (_, m) => (
              <span>
                <Tag color={statusColors[m.status]}>{t(`awards.modelStatuses.${m.status}`)}</Tag>
                {m.score !== null && `${m.score} ${t("awards.score").toLowerCase()}`}
                {m.recognitionNumber && ` · ${m.recognitionNumber} (${formatDate(m.recognisedOn)})`}
              </span>
            ),
          },
          {
            title: "",
            render: (_, m) =>
              canDecide &&
              m.status === "registered" && (
                <Button size="small" onClick={() => setScoring(m)} data-testid="model-recognise">
                  {t("awards.recognise")}
                </Button>
              ),
          },
        ]}
      />
      {registering && <RegisterModelModal onClose={() => setRegistering(false)} />}
      {scoring && <RecogniseModal model={scoring} range={range} onClose={() => setScoring(null)} />}
    </PageCard>
  );
}
