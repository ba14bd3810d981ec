import type { CaseAction, CaseStepInput, InspectionCase } from "@dangvu/contract";
import { Alert, App, Button, DatePicker, Form, Input, Radio } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { displayDateFormat, toIsoDate } from "../../lib/dates";
import { applyServerError, enterOnlyAcceptsDates, useRequired } from "../../lib/forms";
import { useCaseStep } from "./inspection.api";
import { isIrreversible } from "./inspection.model";

interface StepValues {
  on: Dayjs;
  leader?: string;
  team?: string;
  note?: string;
  conclusion?: string;
  violationFound?: boolean;
  noticeNo?: string;
  followUp?: string;
}

/** The request body of a step from the form's values: only the fields the action records. */
function stepInput(action: CaseAction, version: number, v: StepValues): CaseStepInput {
  const base = { version, on: toIsoDate(v.on) };
  const note = v.note?.trim() || undefined;
  switch (action) {
    case "form_team":
      return { action, ...base, leader: v.leader ?? "", team: v.team ?? "" };
    case "receive_self_report":
    case "start_verification":
      return { action, ...base, note };
    case "conclude":
      return { action, ...base, conclusion: v.conclusion ?? "", violationFound: v.violationFound ?? false };
    case "notify":
      return { action, ...base, noticeNo: v.noticeNo ?? "" };
    case "close":
      return { action, ...base, followUp: v.followUp ?? "" };
  }
}

function ActionFields({ action }: { action: CaseAction }) {
  const { t } = useTranslation();
  const required = useRequired();
  if (action === "form_team")
    return (
      <>
        <Form.Item name="leader" label={t("inspection.leader")} rules={[required]}>
          <Input maxLength={200} data-testid="step-leader" />
        </Form.Item>
        <Form.Item name="team" label={t("inspection.team")} rules={[required]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="step-team" />
        </Form.Item>
      </>
    );
  if (action === "conclude")
    return (
      <>
        <Form.Item name="conclusion" label={t("inspection.conclusion")} rules={[required]}>
          <Input.TextArea rows={4} maxLength={8000} data-testid="step-conclusion" />
        </Form.Item>
        <Form.Item name="violationFound" label={t("inspection.violationFound")} rules={[required]}>
          <Radio.Group
            data-testid="step-violation"
            options={[
              { value: true, label: t("inspection.yes") },
              { value: false, label: t("inspection.no") },
            ]}
          />
        </Form.Item>
      </>
    );
  if (action === "notify")
    return (
      <Form.Item name="noticeNo" label={t("inspection.noticeNo")} rules={[required]}>
        <Input maxLength={50} style={{ maxWidth: 240 }} data-testid="step-notice-no" />
      </Form.Item>
    );
  if (action === "close")
    return (
      <Form.Item name="followUp" label={t("inspection.followUp")} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="step-follow-up" />
      </Form.Item>
    );
  return (
    <Form.Item name="note" label={t("inspection.note")}>
      <Input.TextArea rows={3} maxLength={4000} data-testid="step-note" />
    </Form.Item>
  );
}

/** The form of the case's next step only; closing is confirmed first, since nothing can follow it. */
export function CaseStepForm({ item, action }: { item: InspectionCase; action: CaseAction }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const step = useCaseStep(item.id);
  const [error, setError] = useState<string | null>(null);
  const label = t(`inspection.actions.${action}`);

  async function finish(values: StepValues) {
    if (isIrreversible(action) && !(await modal.confirm({ title: label, content: t("inspection.closeConfirm") })))
      return;
    setError(null);
    try {
      await step.mutateAsync(stepInput(action, item.version, values));
      form.resetFields();
      void message.success(t("inspection.stepSaved", { action: label }));
    } catch (caught) {
      setError(applyServerError(form, caught, t("errors.unknown")));
    }
  }

  return (
    <Form<StepValues>
      key={action}
      form={form}
      layout="vertical"
      initialValues={{ on: dayjs() }}
      onFinish={(v) => void finish(v)}
      onKeyDown={enterOnlyAcceptsDates}
      data-testid="step-form"
      data-action={action}
      style={{ maxWidth: 640 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form.Item name="on" label={t("inspection.on")} rules={[{ required: true, message: t("validation.required") }]}>
        <DatePicker format={displayDateFormat} data-testid="step-on" />
      </Form.Item>
      <ActionFields action={action} />
      <Button
        type="primary"
        htmlType="submit"
        loading={step.isPending}
        danger={isIrreversible(action)}
        data-testid="step-submit"
      >
        {label}
      </Button>
    </Form>
  );
}
