import { Alert, Button, Col, DatePicker, Divider, Flex, Form, Input, InputNumber, Row, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { displayDateFormat, toIsoDate } from "../../lib/dates";
import { enterOnlyAcceptsDates, useRequired } from "../../lib/forms";
import { SectionError, useSectionSave } from "./meeting-section";
import type { MeetingView } from "./meetings.api";
import { useSaveMinutes } from "./meetings.api";

interface MinutesValues {
  chairName: string;
  secretaryName: string;
  discussion?: string;
  conclusions?: string;
  votes: { subject: string; forCount: number; againstCount: number; abstainCount: number }[];
  resolutions: { title: string; ownerName: string; dueOn: Dayjs }[];
}

/**
 * The minutes: who chaired and wrote them, discussion, conclusions, votes and new resolutions. Resolutions become
 * follow-up tasks when saved, so their rows empty again and the tasks show below the page.
 */
export function MeetingMinutes({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm<MinutesValues>();
  const saveMinutes = useSaveMinutes(meeting.id);
  const save = useSectionSave(meeting.id, form);
  const count = { min: 0, precision: 0, style: { width: "100%" } };
  const editable = meeting.can.update;

  async function submit(values: MinutesValues) {
    const ok = await save.run(
      () =>
        saveMinutes.mutateAsync({
          version: meeting.version,
          chairName: values.chairName.trim(),
          secretaryName: values.secretaryName.trim(),
          discussion: values.discussion?.trim() ?? "",
          conclusions: values.conclusions?.trim() ?? "",
          votes: (values.votes ?? []).map((v) => ({ ...v, subject: v.subject.trim() })),
          resolutions: (values.resolutions ?? []).map((r) => ({
            title: r.title.trim(),
            ownerName: r.ownerName.trim(),
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
        chairName: meeting.chairName ?? "",
        secretaryName: meeting.secretaryName ?? "",
        discussion: meeting.discussion ?? "",
        conclusions: meeting.conclusions ?? "",
        votes: meeting.votes.map(({ id: _id, ...v }) => v),
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
        <Col xs={24} md={12}>
          <Form.Item name="chairName" label={t("meeting.chair")} rules={[required]}>
            <Input maxLength={120} data-testid="minutes-chair" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="secretaryName" label={t("meeting.secretary")} rules={[required]}>
            <Input maxLength={120} data-testid="minutes-secretary" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="discussion" label={t("meeting.discussion")}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20_000} data-testid="minutes-discussion" />
      </Form.Item>
      <Form.Item name="conclusions" label={t("meeting.conclusions")}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20_000} data-testid="minutes-conclusions" />
      </Form.Item>
      <Divider titlePlacement="start">{t("meeting.votes")}</Divider>
      <Form.List name="votes">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row key={field.key} gutter={8} align="bottom" data-testid="vote-row">
                <Col xs={24} md={9}>
                  <Form.Item name={[field.name, "subject"]} label={t("meeting.voteSubject")} rules={[required]}>
                    <Input maxLength={300} data-testid="vote-subject" />
                  </Form.Item>
                </Col>
                {(["forCount", "againstCount", "abstainCount"] as const).map((key) => (
                  <Col key={key} xs={8} md={4}>
                    <Form.Item name={[field.name, key]} label={t(`meeting.${voteLabel[key]}`)} rules={[required]}>
                      <InputNumber {...count} data-testid={`vote-${key}`} />
                    </Form.Item>
                  </Col>
                ))}
                {editable && (
                  <Col xs={24} md={3}>
                    <Form.Item>
                      <Button danger type="text" onClick={() => remove(field.name)}>
                        {t("meeting.remove")}
                      </Button>
                    </Form.Item>
                  </Col>
                )}
              </Row>
            ))}
            {editable && (
              <Button
                onClick={() => add({ subject: "", forCount: 0, againstCount: 0, abstainCount: 0 })}
                data-testid="add-vote"
              >
                {t("meeting.addVote")}
              </Button>
            )}
          </>
        )}
      </Form.List>
      {editable && <Divider titlePlacement="start">{t("meeting.resolutions")}</Divider>}
      {editable && (
        <Form.List name="resolutions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} align="bottom" data-testid="resolution-row">
                  <Col xs={24} md={10}>
                    <Form.Item name={[field.name, "title"]} label={t("meeting.resolutionTitle")} rules={[required]}>
                      <Input maxLength={300} data-testid="resolution-title" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, "ownerName"]} label={t("meeting.resolutionOwner")} rules={[required]}>
                      <Input maxLength={120} data-testid="resolution-owner" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item name={[field.name, "dueOn"]} label={t("meeting.resolutionDue")} rules={[required]}>
                      <DatePicker format={displayDateFormat} style={{ width: "100%" }} data-testid="resolution-due" />
                    </Form.Item>
                  </Col>
                  {editable && (
                    <Col xs={24} md={3}>
                      <Form.Item>
                        <Button danger type="text" onClick={() => remove(field.name)}>
                          {t("meeting.remove")}
                        </Button>
                      </Form.Item>
                    </Col>
                  )}
                </Row>
              ))}
              <Button onClick={() => add({ title: "", ownerName: "" })} data-testid="add-resolution">
                {t("meeting.addResolution")}
              </Button>
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {t("meeting.resolutionsHint")}
              </Typography.Paragraph>
            </>
          )}
        </Form.List>
      )}
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

const voteLabel = { forCount: "voteFor", againstCount: "voteAgainst", abstainCount: "voteAbstain" } as const;
