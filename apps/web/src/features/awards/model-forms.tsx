import type { EmulationModel, ModelLevel } from "@dangvu/contract";
import { DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { displayDateFormat, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useModelCatalogue, useRecogniseModel, useRegisterModel } from "./awards.api";
import { awardWriteUnits } from "./awards.model";

interface ModelValues {
  orgUnitId: string;
  title: string;
  field: string;
  name: string;
  level: ModelLevel;
  year: number;
  registeredOn: Dayjs;
  valueVnd?: number;
  description?: string;
}

/** Registers a model of a unit under a title of the catalogue and one of its fields. */
export function RegisterModelModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const register = useRegisterModel();
  const catalogue = useModelCatalogue();
  const tree = useOrgTree();
  const me = useMe();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const writable = useMemo(() => awardWriteUnits(me.data, index), [me.data, index]);
  const titles = catalogue.data?.titles ?? [];
  const [title, setTitle] = useState<string | undefined>(titles[0]?.code);
  const fields = titles.find((x) => x.code === (title ?? titles[0]?.code))?.fields ?? [];
  return (
    <FormModal<ModelValues>
      open
      title={t("awards.register")}
      okText={t("awards.register")}
      successMessage={t("awards.registered")}
      initialValues={{ title: titles[0]?.code, level: "grassroots", year: dayjs().year(), registeredOn: dayjs() }}
      onSubmit={(v) =>
        register.mutateAsync({
          orgUnitId: v.orgUnitId,
          title: v.title,
          field: v.field,
          name: v.name,
          level: v.level,
          year: v.year,
          registeredOn: toIsoDate(v.registeredOn),
          valueVnd: v.valueVnd ?? undefined,
          description: v.description?.trim() || undefined,
        })
      }
      onClose={onClose}
      testId="model-form"
    >
      <Form.Item name="orgUnitId" label={t("awards.unit")} rules={[required]}>
        <UnitPicker index={index} isDisabled={(n) => !writable.has(n.id)} testId="model-unit" />
      </Form.Item>
      <Form.Item name="name" label={t("awards.modelName")} rules={[required]}>
        <Input maxLength={300} data-testid="model-name" />
      </Form.Item>
      <Form.Item name="title" label={t("awards.title")} rules={[required]}>
        <Select onChange={setTitle} options={titles.map((x) => ({ value: x.code, label: x.label }))} />
      </Form.Item>
      <Form.Item name="field" label={t("awards.field")} rules={[required]}>
        <Radio.Group data-testid="model-field" options={fields.map((f) => ({ value: f.code, label: f.label }))} />
      </Form.Item>
      <Form.Item name="level" label={t("awards.level")} rules={[required]}>
        <Radio.Group
          options={(["grassroots", "bloc"] as const).map((l) => ({ value: l, label: t(`awards.levels.${l}`) }))}
        />
      </Form.Item>
      <Form.Item name="year" label={t("awards.year")} rules={[required]}>
        <InputNumber min={1990} max={2100} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="registeredOn" label={t("awards.registeredOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.Item name="valueVnd" label={t("awards.valueVnd")}>
        <InputNumber<number>
          min={0}
          step={1_000_000}
          style={{ width: 220 }}
          formatter={(v) => (v === undefined || v === null ? "" : new Intl.NumberFormat("vi-VN").format(Number(v)))}
          parser={(v) => Number((v ?? "").replace(/\D/g, ""))}
          data-testid="model-value"
        />
      </Form.Item>
      <Form.Item name="description" label={t("awards.description")}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}

interface ScoreValues {
  score: number;
  recognisedOn: Dayjs;
  number?: string;
}

/** Scores a model: recognised within the range in force (with the decision's number), otherwise not. */
export function RecogniseModal(props: {
  model: EmulationModel;
  range: { min: number; max: number };
  onClose: () => void;
}) {
  const { model, range, onClose } = props;
  const { t } = useTranslation();
  const required = useRequired();
  const recognise = useRecogniseModel();
  return (
    <FormModal<ScoreValues>
      open
      title={`${t("awards.recognise")}: ${model.name}`}
      okText={t("common.save")}
      successMessage={t("awards.recognised")}
      initialValues={{ recognisedOn: dayjs() }}
      onSubmit={(v) =>
        recognise.mutateAsync({
          id: model.id,
          version: model.version,
          score: v.score,
          recognisedOn: toIsoDate(v.recognisedOn),
          number: v.number?.trim() || undefined,
        })
      }
      onClose={onClose}
      testId="recognise-form"
    >
      <Typography.Paragraph type="secondary">{t("awards.recogniseHint", range)}</Typography.Paragraph>
      <Form.Item name="score" label={t("awards.score")} rules={[required]}>
        <InputNumber min={0} max={100} style={{ width: 120 }} data-testid="model-score" />
      </Form.Item>
      <Form.Item name="recognisedOn" label={t("awards.recognisedOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.Item name="number" label={t("awards.recognitionNumber")}>
        <Input maxLength={50} style={{ maxWidth: 240 }} data-testid="model-number" />
      </Form.Item>
    </FormModal>
  );
}
