import type { AssessmentDetail, RatingFramework, RatingLevel } from "@dangvu/contract";
import { ratingLevels } from "@dangvu/contract";
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { displayDateFormat, toIsoDate } from "../../lib/dates";
import { applyServerError, enterOnlyAcceptsDates, useRequired } from "../../lib/forms";
import { useAssessmentStep } from "./ratings.api";
import { bandOf, isAbove, totalOf } from "./ratings.model";

/** A level picker; levels above `maxLevel` (the band of the points) are shown but not choosable. */
export function LevelSelect(props: {
  value?: RatingLevel;
  onChange?: (level: RatingLevel) => void;
  maxLevel?: RatingLevel;
  /** The excellent quota is used up: the level is shown but not offered. */
  noExcellentPlace?: boolean;
  testId?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Select<RatingLevel>
      value={props.value}
      onChange={props.onChange}
      autoFocus={props.autoFocus}
      data-testid={props.testId}
      options={ratingLevels.map((level) => {
        const above = props.maxLevel !== undefined && isAbove(level, props.maxLevel);
        const full = props.noExcellentPlace === true && level === "excellent";
        const why = above ? t("ratings.levelAboveBand") : full ? t("ratings.noPlaceLeft") : null;
        return {
          value: level,
          disabled: why !== null,
          label: why ? `${t(`ratingLevel.${level}`)} (${why})` : t(`ratingLevel.${level}`),
        };
      })}
    />
  );
}

/** One step's form inside the drawer: the server's message above the fields, its field messages on them. */
export function StepForm<V extends object>(props: {
  title: string;
  okText: string;
  initialValues?: Partial<V>;
  onSubmit: (values: V) => Promise<unknown>;
  success: string;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function finish(values: V) {
    setError(null);
    setPending(true);
    try {
      await props.onSubmit(values);
      void message.success(props.success);
    } catch (caught) {
      setError(applyServerError(form, caught, t("errors.unknown")));
    } finally {
      setPending(false);
    }
  }
  return (
    <div data-testid={props.testId}>
      <Typography.Title level={5}>{props.title}</Typography.Title>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="step-error" />}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={(values) => void finish(values)}
        onKeyDown={enterOnlyAcceptsDates}
      >
        {props.children}
        <Button type="primary" htmlType="submit" loading={pending} data-testid={`${props.testId}-submit`}>
          {props.okText}
        </Button>
      </Form>
    </div>
  );
}

interface SelfValues {
  points: Record<string, number | null>;
  level: RatingLevel;
  text?: string;
}

/** The points of each criterion with their maximum, the total as typed, and a level no higher than its band. */
export function SelfForm({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const required = useRequired();
  const step = useAssessmentStep();
  const { assessment, framework } = detail;
  const [points, setPoints] = useState<Record<string, number | null>>(assessment.selfPoints ?? {});
  const total = totalOf(points);
  const band = framework ? bandOf(framework, total) : undefined;
  return (
    <StepForm<SelfValues>
      title={t("ratings.selfOnBehalf")}
      okText={t("common.save")}
      success={t("ratings.saved")}
      testId="self-form"
      initialValues={{ points, level: assessment.selfLevel ?? undefined, text: assessment.selfText ?? "" }}
      onSubmit={(values) =>
        step.mutateAsync({
          id: assessment.id,
          step: "self",
          input: {
            points: framework ? pointsOf(framework, values.points) : undefined,
            level: values.level,
            text: values.text?.trim() || undefined,
          },
        })
      }
    >
      {framework ? (
        <Criteria framework={framework} onChange={setPoints} total={total} band={band} />
      ) : (
        <Typography.Paragraph type="secondary">{t("ratings.noFramework")}</Typography.Paragraph>
      )}
      <Form.Item name="level" label={t("ratings.selfLevel")} rules={[required]}>
        <LevelSelect maxLevel={band} testId="self-level-select" />
      </Form.Item>
      <Form.Item name="text" label={t("ratings.selfText")}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </StepForm>
  );
}

function pointsOf(framework: RatingFramework, typed: Record<string, number | null> | undefined) {
  return Object.fromEntries(framework.criteria.map((c) => [c.id, typed?.[c.id] ?? 0]));
}

function Criteria(props: {
  framework: RatingFramework;
  onChange: (points: Record<string, number | null>) => void;
  total: number;
  band?: RatingLevel;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<SelfValues>();
  return (
    <>
      {props.framework.criteria.map((c) => (
        <Form.Item
          key={c.id}
          name={["points", c.id]}
          label={`${c.label} (${t("ratings.maxPoints", { max: c.max })})`}
          style={{ marginBottom: 8 }}
        >
          <InputNumber
            min={0}
            max={c.max}
            precision={0}
            style={{ width: 120 }}
            onChange={() => props.onChange({ ...form.getFieldValue("points") })}
            data-testid={`points-${c.id}`}
          />
        </Form.Item>
      ))}
      <Typography.Paragraph strong data-testid="self-total">
        {t("ratings.total")}: {props.total}/100
        {props.band && ` · ${t("ratings.band", { level: t(`ratingLevel.${props.band}`) })}`}
      </Typography.Paragraph>
    </>
  );
}

interface DecideValues {
  level: RatingLevel;
  decidedOn: Dayjs;
  decisionNumber?: string;
}

/** The decision by the body with the authority, with the excellent places still open shown before deciding. */
export function DecideForm({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const required = useRequired();
  const step = useAssessmentStep();
  const a = detail.assessment;
  return (
    <StepForm<DecideValues>
      title={detail.decidingUnit ? `${t("ratings.decide")} · ${detail.decidingUnit.name}` : t("ratings.decide")}
      okText={t("ratings.decide")}
      success={t("ratings.decided")}
      testId="decide-form"
      initialValues={{ level: a.proposedLevel ?? a.selfLevel ?? undefined, decidedOn: dayjs() }}
      onSubmit={(values) =>
        step.mutateAsync({
          id: a.id,
          step: "decide",
          input: {
            level: values.level,
            decidedOn: toIsoDate(values.decidedOn),
            decisionNumber: values.decisionNumber?.trim() || undefined,
          },
        })
      }
    >
      {detail.excellentPlacesLeft !== null && (
        <Alert
          type={detail.excellentPlacesLeft > 0 ? "info" : "warning"}
          showIcon
          style={{ marginBottom: 12 }}
          title={t("ratings.quotaLeft", { count: Math.max(0, detail.excellentPlacesLeft) })}
          data-testid="quota-left"
        />
      )}
      <Form.Item name="level" label={t("ratings.decidedLevel")} rules={[required]}>
        <LevelSelect
          testId="decide-level"
          noExcellentPlace={detail.excellentPlacesLeft !== null && detail.excellentPlacesLeft <= 0}
        />
      </Form.Item>
      <Form.Item name="decidedOn" label={t("ratings.decidedOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} data-testid="decide-date" />
      </Form.Item>
      <Form.Item name="decisionNumber" label={`${t("ratings.decisionNumber")} (${t("common.optional")})`}>
        <Input maxLength={50} data-testid="decide-number" />
      </Form.Item>
    </StepForm>
  );
}

/** A decided level changed by the body that decided it, with the reason, audited by the server. */
export function ChangeForm({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const required = useRequired();
  const step = useAssessmentStep();
  const a = detail.assessment;
  return (
    <StepForm<{ level: RatingLevel; reason: string }>
      title={t("ratings.change")}
      okText={t("ratings.change")}
      success={t("ratings.changed")}
      testId="change-form"
      initialValues={{ level: a.decidedLevel ?? undefined }}
      onSubmit={(values) =>
        step.mutateAsync({ id: a.id, step: "change", input: { level: values.level, reason: values.reason.trim() } })
      }
    >
      <Form.Item name="level" label={t("ratings.decidedLevel")} rules={[required]}>
        <LevelSelect testId="change-level" />
      </Form.Item>
      <Form.Item name="reason" label={t("ratings.changeReason")} rules={[required]}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="change-reason" />
      </Form.Item>
    </StepForm>
  );
}
