import { Alert, Button, Col, Flex, Form, Input, Row } from "antd";
import { useTranslation } from "react-i18next";
import { toIsoDate } from "../../lib/dates";
import { enterOnlyAcceptsDates, useRequired } from "../../lib/forms";
import { MeetingResolutions, type ResolutionValues } from "./meeting-resolutions";
import { SectionError, useSectionSave } from "./meeting-section";
import { MeetingVotes, type VoteValues } from "./meeting-votes";
import type { MeetingView } from "./meetings.api";
import { useSaveMinutes } from "./meetings.api";

interface MinutesValues {
  chairName: string;
  secretaryName: string;
  endTime?: string;
  discussion?: string;
  conclusions?: string;
  votes: VoteValues[];
  resolutions: ResolutionValues[];
}

/**
 * The minutes: who chaired (the cell's bí thư by default) and wrote them, when it ended, discussion, conclusions,
 * votes with their verdicts and new resolutions. Resolutions become follow-up tasks when saved, so their rows empty
 * again and the tasks show below the page. Written from the meeting's day on.
 */
export function MeetingMinutes({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm<MinutesValues>();
  const saveMinutes = useSaveMinutes(meeting.id);
  const save = useSectionSave(meeting.id, form);
  const editable = meeting.can.hold;

  async function submit(values: MinutesValues) {
    const endTime = values.endTime?.trim();
    const ok = await save.run(
      () =>
        saveMinutes.mutateAsync({
          version: meeting.version,
          chairName: values.chairName.trim(),
          secretaryName: values.secretaryName.trim(),
          ...(endTime ? { endTime } : {}),
          discussion: values.discussion?.trim() ?? "",
          conclusions: values.conclusions?.trim() ?? "",
          votes: (values.votes ?? []).map((v) => ({ ...v, subject: v.subject.trim() })),
          resolutions: (values.resolutions ?? []).map((r) => ({
            title: r.title.trim(),
            ...(r.ownerMemberId ? { ownerMemberId: r.ownerMemberId } : {}),
            dueOn: toIsoDate(r.dueOn),
          })),
        }),
      t("meeting.minutesSaved"),
    );
    if (ok) form.setFieldValue("resolutions", []);
  }

  return (
    <Form<MinutesValues>
      form={form}
      layout="vertical"
      disabled={!editable}
      requiredMark={editable}
      initialValues={{
        chairName: meeting.chairName ?? meeting.leaderName ?? "",
        secretaryName: meeting.secretaryName ?? "",
        endTime: meeting.endTime ?? "",
        discussion: meeting.discussion ?? "",
        conclusions: meeting.conclusions ?? "",
        votes: meeting.votes.map(({ id: _id, verdict: _verdict, ...v }) => v),
        resolutions: [],
      }}
      onFinish={(values) => void submit(values)}
      onKeyDown={enterOnlyAcceptsDates}
      scrollToFirstError
      data-testid="meeting-minutes"
    >
      {meeting.warnings.map((w) => (
        <Alert
          key={w.code}
          type="warning"
          showIcon
          title={w.message}
          style={{ marginBottom: 12 }}
          data-testid="meeting-warning"
        />
      ))}
      <SectionError error={save.error} />
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name="chairName" label={t("meeting.chair")} rules={[required]}>
            <Input maxLength={120} data-testid="minutes-chair" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="secretaryName" label={t("meeting.secretary")} rules={[required]}>
            <Input maxLength={120} data-testid="minutes-secretary" />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item
            name="endTime"
            label={t("meeting.endTime")}
            tooltip={t("meeting.endTimeHint")}
            rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t("meeting.endTimeHint") }]}
          >
            <Input maxLength={5} placeholder="10:30" inputMode="numeric" data-testid="minutes-end-time" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="discussion" label={t("meeting.discussion")}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20_000} data-testid="minutes-discussion" />
      </Form.Item>
      <Form.Item name="conclusions" label={t("meeting.conclusions")}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20_000} data-testid="minutes-conclusions" />
      </Form.Item>
      <MeetingVotes meeting={meeting} editable={editable} />
      {editable && <MeetingResolutions meeting={meeting} />}
      {editable && (
        <Flex style={{ marginTop: 20 }}>
          <Button type="primary" htmlType="submit" loading={save.pending} data-testid="save-minutes">
            {t("meeting.saveMinutes")}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
