import type { VoteKind } from "@dangvu/contract";
import { Alert, Button, Col, Divider, Form, Input, InputNumber, List, Row, Select, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useRequired } from "../../lib/forms";
import type { MeetingView } from "./meetings.api";

export interface VoteValues {
  subject: string;
  kind: VoteKind;
  forCount: number;
  againstCount: number;
  abstainCount: number;
}

const voteKinds: VoteKind[] = ["resolution", "admission", "full_membership"];
const voteLabel = { forCount: "voteFor", againstCount: "voteAgainst", abstainCount: "voteAbstain" } as const;

/** "quá 1/2" or "2/3": the share a kind of vote needs, as the rules in force on the meeting's day set it. */
function useRule() {
  const { t } = useTranslation();
  return (threshold: { numerator: number; denominator: number; strict: boolean }) =>
    t(threshold.strict ? "meeting.ruleMoreThan" : "meeting.ruleAtLeast", {
      n: threshold.numerator,
      d: threshold.denominator,
    });
}

/**
 * The votes of the minutes: each with its kind (an ordinary resolution, an admission, a recognition as full member),
 * what it needs against the base, and, once saved, its verdict with the arithmetic, under the base explained.
 */
export function MeetingVotes({ meeting, editable }: { meeting: MeetingView; editable: boolean }) {
  const { t } = useTranslation();
  const required = useRequired();
  const rule = useRule();
  const form = Form.useFormInstance();
  const votes = Form.useWatch("votes", form) as Partial<VoteValues>[] | undefined;
  const { voting } = meeting;
  const count = { min: 0, precision: 0, style: { width: "100%" } };

  return (
    <>
      <Divider titlePlacement="start">{t("meeting.votes")}</Divider>
      <VoteBase meeting={meeting} />
      <Form.List name="votes">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => {
              const kind = votes?.[field.name]?.kind ?? "resolution";
              const threshold = voting.thresholds[kind];
              return (
                <Row key={field.key} gutter={8} align="bottom" data-testid="vote-row">
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, "subject"]} label={t("meeting.voteSubject")} rules={[required]}>
                      <Input maxLength={300} data-testid="vote-subject" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item name={[field.name, "kind"]} label={t("meeting.voteKind")} rules={[required]}>
                      <Select
                        options={voteKinds.map((value) => ({ value, label: t(`meeting.voteKinds.${value}`) }))}
                        data-testid="vote-kind"
                      />
                    </Form.Item>
                  </Col>
                  {(["forCount", "againstCount", "abstainCount"] as const).map((key) => (
                    <Col key={key} xs={8} md={3}>
                      <Form.Item name={[field.name, key]} label={t(`meeting.${voteLabel[key]}`)} rules={[required]}>
                        <InputNumber {...count} data-testid={`vote-${key}`} />
                      </Form.Item>
                    </Col>
                  ))}
                  {editable && (
                    <Col xs={24} md={2}>
                      <Form.Item>
                        <Button danger type="text" onClick={() => remove(field.name)}>
                          {t("meeting.remove")}
                        </Button>
                      </Form.Item>
                    </Col>
                  )}
                  <Col span={24}>
                    <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
                      {t("meeting.voteNeeds", { needed: threshold.needed, base: voting.base, rule: rule(threshold) })}
                    </Typography.Paragraph>
                  </Col>
                </Row>
              );
            })}
            {editable && (
              <Button
                onClick={() => add({ subject: "", kind: "resolution", forCount: 0, againstCount: 0, abstainCount: 0 })}
                data-testid="add-vote"
              >
                {t("meeting.addVote")}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <VoteResults meeting={meeting} />
    </>
  );
}

/** "Căn cứ biểu quyết: 6 đảng viên chính thức (9 trong danh sách, trừ …). Có mặt được biểu quyết: 5." */
function VoteBase({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const { voting } = meeting;
  const except = (["temporaryElsewhere", "exemptAbsent", "absentExcused"] as const)
    .filter((key) => voting.excluded[key] > 0)
    .map((key) => t(`meeting.voteExcluded.${key}`, { count: voting.excluded[key] }));
  const detail = except.length
    ? t("meeting.voteBaseExcept", { full: voting.fullMembers, except: except.join(", ") })
    : t("meeting.voteBaseAll", { full: voting.fullMembers });
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={t("meeting.voteBase", { base: voting.base, detail, voters: voting.voters })}
      data-testid="vote-base"
    />
  );
}

/** The saved votes with their verdicts: passed or not, the votes in favour against the base and the number needed. */
function VoteResults({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const rule = useRule();
  if (meeting.votes.length === 0) return null;
  return (
    <List
      size="small"
      style={{ marginTop: 12 }}
      header={<Typography.Text strong>{t("meeting.voteResults")}</Typography.Text>}
      dataSource={meeting.votes}
      renderItem={(vote) => (
        <List.Item data-testid="vote-result">
          <Typography.Text style={{ flex: "1 1 200px" }}>
            {vote.subject}
            {vote.kind !== "resolution" && <Tag style={{ marginLeft: 8 }}>{t(`meeting.voteKinds.${vote.kind}`)}</Tag>}
          </Typography.Text>
          <Typography.Text
            strong
            type={vote.verdict.passed ? "success" : "danger"}
            data-testid="vote-verdict"
            data-passed={vote.verdict.passed}
          >
            {t("meeting.voteVerdict", {
              result: t(vote.verdict.passed ? "meeting.votePassed" : "meeting.voteFailed"),
              forCount: vote.verdict.forCount,
              base: vote.verdict.base,
              needed: vote.verdict.needed,
              rule: rule(meeting.voting.thresholds[vote.kind]),
            })}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
