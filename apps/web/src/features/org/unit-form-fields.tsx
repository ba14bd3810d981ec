import { DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { displayDateFormat } from "../../lib/dates";
import { useRequired } from "../../lib/forms";

/** A required date in dd/mm/yyyy; changes to the tree cannot be dated in the future. */
export function DateItem({ name, label, optional = false, allowFuture = false }: DateItemProps) {
  const required = useRequired();
  return (
    <Form.Item name={name} label={label} rules={optional ? [] : [required]}>
      <DatePicker
        format={displayDateFormat}
        disabledDate={allowFuture ? undefined : (date: Dayjs) => date.isAfter(dayjs(), "day")}
        style={{ width: 200 }}
      />
    </Form.Item>
  );
}

interface DateItemProps {
  name: string;
  label: string;
  optional?: boolean;
  allowFuture?: boolean;
}

/** Effective date, decision number and note: what every dated change of the tree records. */
export function EventFields({ withNote = true }: { withNote?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <DateItem name="effectiveOn" label={t("actions.effectiveOn")} />
      <Form.Item name="decisionNo" label={t("actions.decisionNo")}>
        <Input placeholder={t("actions.decisionNoPlaceholder")} maxLength={50} style={{ maxWidth: 280 }} />
      </Form.Item>
      {withNote && (
        <Form.Item name="note" label={t("actions.note")}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
    </>
  );
}

export interface EventValues {
  effectiveOn: Dayjs;
  decisionNo?: string;
  note?: string;
}

/** The common part of an event request body, from the form values. */
export function eventBase(values: EventValues, version: number) {
  return {
    version,
    effectiveOn: values.effectiveOn.format("YYYY-MM-DD"),
    decisionNo: values.decisionNo?.trim() || undefined,
    note: values.note?.trim() || undefined,
  };
}

export const todayValue = () => ({ effectiveOn: dayjs() });
