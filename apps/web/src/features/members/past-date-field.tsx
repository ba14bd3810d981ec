import { DatePicker, Form } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { displayDateFormat } from "../../lib/dates";
import { useRequired } from "../../lib/forms";

/** A date of something that has happened (a decision, a ceremony): dd/mm/yyyy, never after today. */
export function PastDateField({ name, label, required = false }: { name: string; label: string; required?: boolean }) {
  const { t } = useTranslation();
  const requiredRule = useRequired();
  return (
    <Form.Item name={name} label={label} rules={required ? [requiredRule] : []}>
      <DatePicker
        format={displayDateFormat}
        placeholder={t("memberForm.datePlaceholder")}
        disabledDate={(date: Dayjs) => date.isAfter(dayjs(), "day")}
        style={{ width: 200 }}
      />
    </Form.Item>
  );
}
