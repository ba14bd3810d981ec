import { DatePicker, Form } from "antd";
import type { Rule } from "antd/es/form";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { displayDateFormat } from "../../lib/dates";
import { useRequired } from "../../lib/forms";

interface Props {
  /** A field name, or a path inside a list of fields (`[0, "workedSince"]`). */
  name: string | (string | number)[];
  label: string;
  required?: boolean;
  extra?: string;
  rules?: Rule[];
}

/** A date of something that has happened (a decision, a ceremony): dd/mm/yyyy, never after today. */
export function PastDateField({ name, label, required = false, extra, rules = [] }: Props) {
  const { t } = useTranslation();
  const requiredRule = useRequired();
  return (
    <Form.Item name={name} label={label} extra={extra} rules={required ? [requiredRule, ...rules] : rules}>
      <DatePicker
        format={displayDateFormat}
        placeholder={t("memberForm.datePlaceholder")}
        disabledDate={(date: Dayjs) => date.isAfter(dayjs(), "day")}
        style={{ width: 200 }}
      />
    </Form.Item>
  );
}
