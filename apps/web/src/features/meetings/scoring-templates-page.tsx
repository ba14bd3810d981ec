import type { CreateScoringTemplateInput, ScoringTemplate } from "@dangvu/contract";
import { Button, Card, DatePicker, Form, Input, InputNumber, Space, Table, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { displayDateFormat, formatDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { PageCard } from "../../lib/page-card";
import { QualityLevelTag } from "./meeting-labels";
import { useCreateScoringTemplate, useScoringTemplates } from "./meetings.api";

interface Values {
  name: string;
  validFrom: Dayjs;
  criteria: { key: string; label: string; max: number }[];
  good: number;
  fair: number;
  average: number;
}

/** The meeting scoring templates; the committee office adds a new version that applies from a date on. */
export function ScoringTemplatesPage() {
  const { t } = useTranslation();
  const templates = useScoringTemplates();
  const [adding, setAdding] = useState(false);
  return (
    <PageCard
      title={t("templates.title")}
      actions={
        <Button type="primary" onClick={() => setAdding(true)} data-testid="add-template">
          {t("templates.add")}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t("templates.hint")}</Typography.Paragraph>
      {(templates.data ?? []).map((tpl) => (
        <TemplateCard key={tpl.id} template={tpl} />
      ))}
      <AddTemplateModal open={adding} onClose={() => setAdding(false)} latest={templates.data?.at(-1)} />
    </PageCard>
  );
}

function TemplateCard({ template }: { template: ScoringTemplate }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      className="page-card"
      style={{ marginBottom: 12 }}
      title={`${template.name} — ${t("templates.from", { date: formatDate(template.validFrom) })}`}
      data-testid="template-card"
    >
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={template.criteria}
        columns={[
          { key: "label", title: t("templates.criterion"), dataIndex: "label" },
          { key: "max", title: t("templates.max"), dataIndex: "max", width: 120 },
        ]}
      />
      <Space style={{ marginTop: 8 }} wrap>
        {template.levels.map((l) => (
          <span key={l.level}>
            <QualityLevelTag level={l.level} /> ≥ {l.min}
          </span>
        ))}
      </Space>
    </Card>
  );
}

function AddTemplateModal({ open, onClose, latest }: { open: boolean; onClose: () => void; latest?: ScoringTemplate }) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreateScoringTemplate();
  const level = (name: string) => latest?.levels.find((l) => l.level === name)?.min;
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t("templates.add")}
      width={720}
      initialValues={{
        name: latest?.name,
        criteria: latest?.criteria ?? [],
        good: level("good"),
        fair: level("fair"),
        average: level("average"),
      }}
      successMessage={t("templates.added")}
      onSubmit={async (v) => {
        const input: CreateScoringTemplateInput = {
          name: v.name,
          validFrom: v.validFrom.format("YYYY-MM-DD"),
          criteria: v.criteria,
          levels: [
            { level: "good", min: v.good },
            { level: "fair", min: v.fair },
            { level: "average", min: v.average },
            { level: "poor", min: 0 },
          ],
        };
        await create.mutateAsync(input);
      }}
      testId="template-form"
    >
      <Form.Item name="name" label={t("templates.name")} rules={[required]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="validFrom" label={t("templates.validFrom")} rules={[required]}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.List name="criteria">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, "key"]} rules={[required]}>
                  <Input placeholder={t("templates.key")} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[field.name, "label"]} rules={[required]}>
                  <Input placeholder={t("templates.criterion")} style={{ width: 300, maxWidth: "100%" }} />
                </Form.Item>
                <Form.Item name={[field.name, "max"]} rules={[required]}>
                  <InputNumber min={1} max={100} placeholder={t("templates.max")} />
                </Form.Item>
                <Button onClick={() => remove(field.name)}>{t("templates.remove")}</Button>
              </Space>
            ))}
            <Button onClick={() => add()} style={{ marginBottom: 16 }}>
              {t("templates.addCriterion")}
            </Button>
          </>
        )}
      </Form.List>
      <Space wrap>
        {(["good", "fair", "average"] as const).map((name) => (
          <Form.Item key={name} name={name} label={<QualityLevelTag level={name} />} rules={[required]}>
            <InputNumber min={0} max={100} />
          </Form.Item>
        ))}
      </Space>
    </FormModal>
  );
}
