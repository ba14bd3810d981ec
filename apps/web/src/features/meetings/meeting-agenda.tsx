import { Button, Empty, Flex, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { SectionError, useSectionSave } from "./meeting-section";
import type { MeetingView } from "./meetings.api";
import { useUpdateMeeting } from "./meetings.api";

interface AgendaValues {
  agenda: { title: string; note?: string }[];
}

/** The agenda: a numbered list, editable while the meeting is only planned. */
export function MeetingAgenda({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AgendaValues>();
  const update = useUpdateMeeting(meeting.id);
  const save = useSectionSave(meeting.id, form);
  const editable = meeting.can.update && meeting.status === "planned";

  if (!editable) {
    if (meeting.agenda.length === 0) return <Empty description={t("meeting.agendaEmpty")} />;
    return (
      <ol data-testid="meeting-agenda" style={{ paddingLeft: 24, fontSize: 15, lineHeight: 1.9 }}>
        {meeting.agenda.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: agenda items have no id; their order is their identity.
          <li key={i}>
            {item.title}
            {item.note && <Typography.Text type="secondary"> — {item.note}</Typography.Text>}
          </li>
        ))}
      </ol>
    );
  }

  return (
    <Form<AgendaValues>
      form={form}
      initialValues={{ agenda: meeting.agenda }}
      onFinish={(values) =>
        void save.run(
          () =>
            update.mutateAsync({
              version: meeting.version,
              agenda: values.agenda.map((a) => ({ title: a.title.trim(), note: a.note?.trim() || undefined })),
            }),
          t("meeting.agendaSaved"),
        )
      }
      data-testid="meeting-agenda"
    >
      <SectionError error={save.error} />
      <Form.List name="agenda">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Typography.Text style={{ width: 24 }}>{i + 1}.</Typography.Text>
                <Form.Item
                  name={[field.name, "title"]}
                  rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
                  style={{ flex: 1, marginBottom: 8 }}
                >
                  <Input maxLength={300} aria-label={t("meeting.agendaItem")} />
                </Form.Item>
                <Button type="text" danger onClick={() => remove(field.name)}>
                  {t("meeting.remove")}
                </Button>
              </Flex>
            ))}
            <Flex gap={8}>
              <Button onClick={() => add({ title: "" })} data-testid="agenda-add">
                {t("meeting.agendaAdd")}
              </Button>
              <Button type="primary" htmlType="submit" loading={save.pending} data-testid="agenda-save">
                {t("meeting.agendaSave")}
              </Button>
            </Flex>
          </>
        )}
      </Form.List>
    </Form>
  );
}
