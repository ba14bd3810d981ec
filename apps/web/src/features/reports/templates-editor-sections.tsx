import type { IndicatorInfo } from "@dangvu/contract";
import { Button, Card, Flex, Form, Input, Select, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useRequired } from "../../lib/forms";
import { IndicatorPicker, OperandPicker } from "./templates-editor-parts";

/** The sections of a version being edited: each with up, down and remove; tables with their rows. */
export function SectionsEditor({ indicators }: { indicators: IndicatorInfo[] }) {
  const { t } = useTranslation();
  const required = useRequired();
  const form = Form.useFormInstance();
  const freshKey = () => {
    const taken = new Set(((form.getFieldValue("sections") ?? []) as { key?: string }[]).map((s) => s.key));
    let n = taken.size + 1;
    while (taken.has(`section${n}`)) n++;
    return `section${n}`;
  };
  return (
    <Form.List name="sections">
      {(fields, { add, remove, move }) => (
        <>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 12 }}
              data-testid="edit-section"
              title={<SectionKind name={field.name} />}
              extra={
                <Flex gap={4} wrap>
                  <Button size="small" disabled={i === 0} onClick={() => move(i, i - 1)} data-testid="section-up">
                    {t("reportTemplates.up")}
                  </Button>
                  <Button size="small" disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>
                    {t("reportTemplates.down")}
                  </Button>
                  <Button size="small" danger onClick={() => remove(field.name)}>
                    {t("reportTemplates.remove")}
                  </Button>
                </Flex>
              }
            >
              <Form.Item name={[field.name, "kind"]} hidden>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, "key"]} hidden>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, "title"]} label={t("reportTemplates.sectionTitle")} rules={[required]}>
                <Input maxLength={300} data-testid="section-title" />
              </Form.Item>
              <SectionBody name={field.name} indicators={indicators} />
            </Card>
          ))}
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Button
              onClick={() => add({ kind: "table", key: freshKey(), title: "", rows: [{ level: 0 }] })}
              data-testid="add-table"
            >
              {t("reportTemplates.addTable")}
            </Button>
            <Button onClick={() => add({ kind: "narrative", key: freshKey(), title: "" })}>
              {t("reportTemplates.addNarrative")}
            </Button>
          </Flex>
        </>
      )}
    </Form.List>
  );
}

function SectionKind({ name }: { name: number }) {
  const { t } = useTranslation();
  const kind = Form.useWatch(["sections", name, "kind"]) as "table" | "breakdown" | "narrative" | "memberList";
  return kind ? <Tag>{t(`reportTemplates.sectionKind.${kind}`)}</Tag> : null;
}

function SectionBody({ name, indicators }: { name: number; indicators: IndicatorInfo[] }) {
  const { t } = useTranslation();
  const kind = Form.useWatch(["sections", name, "kind"]);
  if (kind === "narrative")
    return (
      <Form.Item name={[name, "hint"]} label={t("reportTemplates.hintText")}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
    );
  if (kind === "breakdown")
    return (
      <Form.Item name={[name, "breakdown"]} label={t("reportTemplates.breakdown")}>
        <Input disabled />
      </Form.Item>
    );
  if (kind !== "table") return null;
  return <RowsEditor name={name} indicators={indicators} />;
}

function RowsEditor({ name, indicators }: { name: number; indicators: IndicatorInfo[] }) {
  const { t } = useTranslation();
  const required = useRequired();
  const levels = [0, 1, 2].map((l) => ({
    value: l,
    label: t(`reportTemplates.levelName.${String(l) as "0" | "1" | "2"}`),
  }));
  return (
    <Form.List name={[name, "rows"]}>
      {(rows, { add, remove }) => (
        <>
          {rows.map((row) => (
            <Flex key={row.key} gap={8} wrap align="start" data-testid="edit-row">
              <Form.Item name={[row.name, "indicator"]} rules={[required]} style={{ flex: "1 1 260px", minWidth: 0 }}>
                <IndicatorPicker indicators={indicators} testId="row-indicator" />
              </Form.Item>
              <Form.Item name={[row.name, "level"]} style={{ width: 120 }}>
                <Select options={levels} placeholder={t("reportTemplates.level")} />
              </Form.Item>
              <Form.Item name={[row.name, "percentOf"]} style={{ flex: "1 1 200px", minWidth: 0 }}>
                <IndicatorPicker indicators={indicators} allowClear placeholder={t("reportTemplates.percentOf")} />
              </Form.Item>
              <Form.Item name={[row.name, "label"]} style={{ flex: "1 1 200px", minWidth: 0 }}>
                <Input maxLength={300} placeholder={t("reportTemplates.rowLabel")} />
              </Form.Item>
              <Button type="text" danger onClick={() => remove(row.name)} aria-label={t("reportTemplates.removeRow")}>
                {t("reportTemplates.remove")}
              </Button>
            </Flex>
          ))}
          <Button size="small" onClick={() => add({ level: 0 })} data-testid="add-row">
            {t("reportTemplates.addRow")}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The validation rules as rows: left (one of the template's indicators), comparison, right, message. */
export function RulesEditor({ indicators }: { indicators: IndicatorInfo[] }) {
  const { t } = useTranslation();
  const required = useRequired();
  const sections = (Form.useWatch("sections") ?? []) as { rows?: { indicator?: string }[] }[];
  const used = new Set(sections.flatMap((s) => (s.rows ?? []).map((r) => r.indicator)));
  const own = indicators.filter((i) => used.has(i.id));
  const ops = (["lte", "gte", "eq"] as const).map((op) => ({ value: op, label: t(`reportTemplates.op.${op}`) }));
  return (
    <Form.List name="rules">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} wrap align="start" data-testid="edit-rule">
              <Form.Item name={[field.name, "left"]} rules={[required]} style={{ flex: "1 1 220px", minWidth: 0 }}>
                <IndicatorPicker indicators={own} placeholder={t("reportTemplates.ruleLeft")} />
              </Form.Item>
              <Form.Item name={[field.name, "op"]} rules={[required]} style={{ width: 150 }}>
                <Select options={ops} />
              </Form.Item>
              <Form.Item name={[field.name, "right"]} rules={[required]} style={{ flex: "1 1 220px", minWidth: 0 }}>
                <OperandPicker indicators={own} />
              </Form.Item>
              <Form.Item name={[field.name, "message"]} rules={[required]} style={{ flex: "2 1 260px", minWidth: 0 }}>
                <Input maxLength={300} placeholder={t("reportTemplates.ruleMessage")} />
              </Form.Item>
              <Button type="text" danger onClick={() => remove(field.name)}>
                {t("reportTemplates.remove")}
              </Button>
            </Flex>
          ))}
          <Button size="small" onClick={() => add({ op: "lte" })} style={{ marginBottom: 16 }}>
            {t("reportTemplates.addRule")}
          </Button>
        </>
      )}
    </Form.List>
  );
}
