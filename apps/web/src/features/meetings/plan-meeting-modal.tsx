import type { MeetingKind } from "@dangvu/contract";
import { DatePicker, Form, Input, Radio } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { displayDateFormat } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import type { TreeIndex } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import type { MeetingView } from "./meetings.api";
import { useCreateMeeting, useUpdateMeeting } from "./meetings.api";

export const meetingKinds: MeetingKind[] = ["regular", "thematic", "extraordinary", "committee"];
export const dateTimeFormat = `${displayDateFormat} HH:mm`;

interface PlanValues {
  orgUnitId: string;
  kind: MeetingKind;
  topic: string;
  scheduledAt: Dayjs;
  place?: string;
}

/** A cell for a cell meeting; any unit the user may write for a committee meeting. */
function UnitField({
  index,
  cells,
  units,
}: {
  index: TreeIndex;
  cells: ReadonlySet<string>;
  units: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const kind = Form.useWatch<MeetingKind>("kind");
  const allowed = kind === "committee" ? units : cells;
  return (
    <Form.Item
      name="orgUnitId"
      label={t("meetings.unit")}
      rules={[{ required: true, message: t("validation.requiredSelect") }]}
    >
      <UnitPicker index={index} isDisabled={(u) => !allowed.has(u.id)} testId="meeting-unit-picker" />
    </Form.Item>
  );
}

interface Props {
  index: TreeIndex;
  cells: ReadonlySet<string>;
  /** Every unit the user may plan a meeting of (committee meetings). */
  units: ReadonlySet<string>;
  open: boolean;
  onClose: () => void;
  onCreated: (meeting: MeetingView) => void;
}

/** Plans a meeting of a cell the user may write; the server fills in the agenda template and carried-over tasks. */
export function PlanMeetingModal({ index, cells, units, open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const required = useRequired();
  const create = useCreateMeeting();
  const chooseOne = { required: true, message: t("validation.requiredSelect") };
  const only = cells.size === 1 ? [...cells][0] : undefined;
  return (
    <FormModal<PlanValues>
      open={open}
      onClose={onClose}
      title={t("meetings.planTitle")}
      width={640}
      initialValues={{ kind: "regular", orgUnitId: only }}
      successMessage={t("meetings.planned")}
      onSubmit={async (values) => {
        const meeting = await create.mutateAsync({
          orgUnitId: values.orgUnitId,
          kind: values.kind,
          topic: values.topic.trim(),
          scheduledAt: values.scheduledAt.second(0).format(),
          place: values.place?.trim() || undefined,
        });
        onCreated(meeting);
      }}
      testId="plan-meeting-form"
    >
      <Form.Item name="kind" label={t("meetings.kind")} rules={[chooseOne]}>
        <Radio.Group
          optionType="button"
          options={meetingKinds.map((kind) => ({ value: kind, label: t(`meetingKind.${kind}`) }))}
        />
      </Form.Item>
      <UnitField index={index} cells={cells} units={units} />
      <Form.Item name="topic" label={t("meetings.topic")} rules={[required]}>
        <Input maxLength={300} data-testid="meeting-topic" />
      </Form.Item>
      <Form.Item name="scheduledAt" label={t("meetings.scheduledAt")} rules={[chooseOne]}>
        <DatePicker
          showTime={{ format: "HH:mm", minuteStep: 5 }}
          needConfirm={false}
          format={dateTimeFormat}
          placeholder={t("meetings.dateTimePlaceholder")}
          style={{ width: 240 }}
          data-testid="meeting-scheduled-at"
        />
      </Form.Item>
      <Form.Item name="place" label={t("meetings.place")}>
        <Input maxLength={200} data-testid="meeting-place" />
      </Form.Item>
    </FormModal>
  );
}

type EditValues = Omit<PlanValues, "orgUnitId" | "kind">;

/** Changes the topic, time and place; the version sent back makes a concurrent edit fail instead of overwriting. */
export function EditMeetingModal({
  meeting,
  open,
  onClose,
}: {
  meeting: MeetingView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const update = useUpdateMeeting(meeting.id);
  return (
    <FormModal<EditValues>
      open={open}
      onClose={onClose}
      title={t("meeting.editTitle")}
      initialValues={{ topic: meeting.topic, scheduledAt: dayjs(meeting.scheduledAt), place: meeting.place ?? "" }}
      successMessage={t("meeting.updated")}
      onSubmit={(values) =>
        update.mutateAsync({
          version: meeting.version,
          topic: values.topic.trim(),
          scheduledAt: values.scheduledAt.second(0).format(),
          place: values.place?.trim() ?? "",
        })
      }
      testId="edit-meeting-form"
    >
      <Form.Item name="topic" label={t("meetings.topic")} rules={[required]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="scheduledAt" label={t("meetings.scheduledAt")} rules={[required]}>
        <DatePicker
          showTime={{ format: "HH:mm", minuteStep: 5 }}
          needConfirm={false}
          format={dateTimeFormat}
          placeholder={t("meetings.dateTimePlaceholder")}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item name="place" label={t("meetings.place")}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
