import { Button, Col, DatePicker, Divider, Form, Input, Row, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { displayDateFormat } from "../../lib/dates";
import { useRequired } from "../../lib/forms";
import { matchesTokens, searchTokens } from "../../lib/text";
import type { MeetingView } from "./meetings.api";

export interface ResolutionValues {
  title: string;
  /** A member of the cell's roster, or "" for the cell itself. */
  ownerMemberId: string;
  dueOn: Dayjs;
}

/**
 * New resolutions of the minutes, each a task owned by a member of the cell (picked from its roster) or by the whole
 * cell; the member sees their own in the handbook. Saved, they become follow-up tasks and their rows empty again.
 */
export function MeetingResolutions({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const required = useRequired();
  const owners = [
    { value: "", label: t("meeting.ownerCell") },
    ...meeting.roster.map((member) => ({ value: member.memberId, label: member.fullName })),
  ];
  return (
    <>
      <Divider titlePlacement="start">{t("meeting.resolutions")}</Divider>
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
                <Col xs={14} md={6}>
                  <Form.Item name={[field.name, "ownerMemberId"]} label={t("meeting.resolutionOwner")}>
                    <Select
                      showSearch={{
                        filterOption: (input, option) =>
                          searchTokens(input).length === 0 ||
                          matchesTokens(String(option?.label ?? ""), searchTokens(input)),
                      }}
                      options={owners}
                      data-testid="resolution-owner"
                    />
                  </Form.Item>
                </Col>
                <Col xs={10} md={5}>
                  <Form.Item name={[field.name, "dueOn"]} label={t("meeting.resolutionDue")} rules={[required]}>
                    <DatePicker format={displayDateFormat} style={{ width: "100%" }} data-testid="resolution-due" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={3}>
                  <Form.Item>
                    <Button danger type="text" onClick={() => remove(field.name)}>
                      {t("meeting.remove")}
                    </Button>
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button onClick={() => add({ title: "", ownerMemberId: "" })} data-testid="add-resolution">
              {t("meeting.addResolution")}
            </Button>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t("meeting.resolutionsHint")}
            </Typography.Paragraph>
          </>
        )}
      </Form.List>
    </>
  );
}
