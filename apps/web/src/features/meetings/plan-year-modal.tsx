import { Form, Input, InputNumber, TimePicker } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { DefaultWhileUntouched, FormModal } from "../../lib/forms";
import type { TreeIndex } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { usePlanYear } from "./meetings.api";

interface Values {
  orgUnitId: string;
  year: number;
  dayOfMonth: number;
  time: Dayjs;
  place?: string;
}

/** Plans the year's regular monthly meetings of a cell on a recurring day. */
export function PlanYearModal({
  index,
  cells,
  open,
  onClose,
}: {
  index: TreeIndex;
  cells: ReadonlySet<string>;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const plan = usePlanYear();
  const chooseOne = { required: true, message: t("validation.requiredSelect") };
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t("meetings.planYearTitle")}
      width={560}
      initialValues={{
        orgUnitId: cells.size === 1 ? [...cells][0] : undefined,
        year: dayjs().year(),
        dayOfMonth: 5,
        time: dayjs("2000-01-01T07:30"),
      }}
      successMessage={t("meetings.yearPlanned")}
      onSubmit={async (values) => {
        await plan.mutateAsync({
          orgUnitId: values.orgUnitId,
          year: values.year,
          dayOfMonth: values.dayOfMonth,
          time: values.time.format("HH:mm"),
          place: values.place?.trim() || undefined,
        });
      }}
      testId="plan-year-form"
    >
      <DefaultWhileUntouched name="orgUnitId" value={cells.size === 1 ? [...cells][0] : undefined} />
      <Form.Item name="orgUnitId" label={t("meetings.unit")} rules={[chooseOne]}>
        <UnitPicker index={index} isDisabled={(u) => !cells.has(u.id)} testId="plan-year-unit" />
      </Form.Item>
      <Form.Item name="year" label={t("meetings.year")} rules={[chooseOne]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        name="dayOfMonth"
        label={t("meetings.dayOfMonth")}
        extra={t("meetings.dayOfMonthHint")}
        rules={[chooseOne]}
      >
        <InputNumber min={1} max={28} precision={0} style={{ width: 120 }} data-testid="plan-year-day" />
      </Form.Item>
      <Form.Item name="time" label={t("meetings.time")} rules={[chooseOne]}>
        <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
      </Form.Item>
      <Form.Item name="place" label={t("meetings.place")}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
