import type { ComplaintResult, Discipline, DisciplineFormAny } from "@dangvu/contract";
import { App, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { displayDateFormat, optionalIso, toIsoDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useMemberStatus } from "./discipline-forms";
import { useDecideDiscipline, useFileComplaint, useResolveComplaint } from "./inspection.api";
import { allowedForms } from "./inspection.model";

const none = "none";

interface DecideValues {
  form: DisciplineFormAny | typeof none;
  decisionNo: string;
  decidedOn: Dayjs;
  post?: string;
  renewedOn?: Dayjs;
  note?: string;
}

/** The subject's name as a sentence needs it: the member, or the organisation. */
export const subjectName = (d: Discipline) => d.memberName ?? d.subjectUnitName;

/** Records the decision on a proposal (a form, or not to discipline), after a confirmation: it cannot be undone. */
export function DecideDisciplineModal({ item, onClose }: { item: Discipline; onClose: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const required = useRequired();
  const decide = useDecideDiscipline(item.id);
  const status = useMemberStatus(item.subjectType === "member" ? (item.memberId ?? undefined) : undefined);
  const forms = allowedForms(item.subjectType, status.data);

  async function submit(v: DecideValues) {
    const form = v.form === none ? null : v.form;
    const label = form ? t(`discipline.forms.${form}`) : t("discipline.noDiscipline");
    const ok = await modal.confirm({
      title: t("discipline.decide"),
      content: t("discipline.decideConfirm", { form: label, who: subjectName(item) }),
    });
    if (!ok) return false;
    return decide.mutateAsync({
      version: item.version,
      form,
      decisionNo: v.decisionNo,
      decidedOn: toIsoDate(v.decidedOn),
      post: form === "dismissal" ? v.post?.trim() || undefined : undefined,
      renewedOn: optionalIso(v.renewedOn),
      note: v.note?.trim() || undefined,
    });
  }

  return (
    <FormModal<DecideValues>
      open
      danger
      title={`${t("discipline.decide")}: ${subjectName(item)}`}
      okText={t("discipline.decide")}
      successMessage={t("discipline.decided")}
      initialValues={{ form: item.proposedForm, decidedOn: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
      testId="discipline-decide-form"
    >
      <Form.Item name="form" label={t("discipline.form")} rules={[required]}>
        <Select
          data-testid="decide-form"
          options={[
            ...forms.map((f) => ({ value: f, label: t(`discipline.forms.${f}`) })),
            { value: none, label: t("discipline.noDiscipline") },
          ]}
        />
      </Form.Item>
      <Form.Item name="decisionNo" label={t("discipline.decisionNo")} rules={[required]}>
        <Input maxLength={50} style={{ maxWidth: 240 }} data-testid="decide-number" />
      </Form.Item>
      <Form.Item name="decidedOn" label={t("discipline.decidedOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} data-testid="decide-on" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {({ getFieldValue }) =>
          getFieldValue("form") === "dismissal" && (
            <Form.Item name="post" label={t("discipline.post")} rules={[required]}>
              <Input maxLength={200} data-testid="decide-post" />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="renewedOn" label={t("discipline.renewedOn")}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.Item name="note" label={t("discipline.note")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

interface ComplaintValues {
  filedOn: Dayjs;
  filedWith: string;
  content: string;
}

/** Records a complaint against the decision, at the next level. */
export function FileComplaintModal({ item, onClose }: { item: Discipline; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const file = useFileComplaint(item.id);
  return (
    <FormModal<ComplaintValues>
      open
      title={t("discipline.fileComplaint")}
      successMessage={t("discipline.complaintFiled")}
      initialValues={{ filedOn: dayjs() }}
      onSubmit={(v) =>
        file.mutateAsync({
          version: item.version,
          filedOn: toIsoDate(v.filedOn),
          filedWith: v.filedWith,
          content: v.content,
        })
      }
      onClose={onClose}
      testId="complaint-form"
    >
      <Form.Item name="filedOn" label={t("discipline.filedOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.Item name="filedWith" label={t("discipline.filedWith")} rules={[required]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="content" label={t("discipline.content")} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}

interface ResolveValues {
  result: ComplaintResult;
  resultOn: Dayjs;
  decisionNo?: string;
  note: string;
}

/** Records the result of the open complaint. */
export function ResolveComplaintModal({ item, onClose }: { item: Discipline; onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const resolve = useResolveComplaint(item.id);
  return (
    <FormModal<ResolveValues>
      open
      title={t("discipline.resolveComplaint")}
      successMessage={t("discipline.complaintResolved")}
      initialValues={{ resultOn: dayjs() }}
      onSubmit={(v) =>
        resolve.mutateAsync({
          version: item.version,
          result: v.result,
          resultOn: toIsoDate(v.resultOn),
          decisionNo: v.decisionNo?.trim() || undefined,
          note: v.note,
        })
      }
      onClose={onClose}
      testId="resolve-complaint-form"
    >
      <Form.Item name="result" label={t("discipline.result")} rules={[required]}>
        <Select
          options={(["upheld", "changed", "annulled"] as const).map((r) => ({
            value: r,
            label: t(`discipline.results.${r}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="resultOn" label={t("discipline.resultOn")} rules={[required]}>
        <DatePicker format={displayDateFormat} />
      </Form.Item>
      <Form.Item name="decisionNo" label={t("discipline.decisionNo")} extra={t("discipline.complaintDecisionHint")}>
        <Input maxLength={50} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item name="note" label={t("discipline.note")} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
