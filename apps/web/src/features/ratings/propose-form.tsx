import type { AssessmentDetail, RatingLevel } from "@dangvu/contract";
import { Flex, Form, Input, InputNumber, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useRequired } from "../../lib/forms";
import { LevelSelect, StepForm } from "./assessment-forms";
import { useAssessmentStep } from "./ratings.api";
import { votePasses } from "./ratings.model";

interface ProposeValues {
  level: RatingLevel;
  present: number;
  inFavour: number;
  against: number;
  note?: string;
}

/** The three counts of the cell meeting's vote, side by side, with whether the proposal passes as typed. */
export function VoteFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const present = Form.useWatch<number | undefined>("present");
  const inFavour = Form.useWatch<number | undefined>("inFavour");
  const fails = present !== undefined && inFavour !== undefined && !votePasses({ present, inFavour });
  return (
    <>
      <Flex gap={12} wrap>
        {(["present", "inFavour", "against"] as const).map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={t(`ratings.vote${name[0]?.toUpperCase()}${name.slice(1)}` as "ratings.votePresent")}
            rules={[required]}
            style={{ marginBottom: 8 }}
          >
            <InputNumber min={0} max={100000} precision={0} style={{ width: 110 }} data-testid={`vote-${name}`} />
          </Form.Item>
        ))}
      </Flex>
      {fails && <Typography.Paragraph type="danger">{t("ratings.voteFails")}</Typography.Paragraph>}
    </>
  );
}

/** The cell's proposal for one member: the level and the vote of the cell meeting. */
export function ProposeForm({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const required = useRequired();
  const step = useAssessmentStep();
  const a = detail.assessment;
  return (
    <StepForm<ProposeValues>
      title={t("ratings.propose")}
      okText={t("ratings.propose")}
      success={t("ratings.saved")}
      testId="propose-form"
      initialValues={{
        level: a.proposedLevel ?? a.selfLevel ?? undefined,
        present: a.proposalVote?.present,
        inFavour: a.proposalVote?.inFavour,
        against: a.proposalVote?.against,
        note: a.proposalNote ?? "",
      }}
      onSubmit={(v) =>
        step.mutateAsync({
          id: a.id,
          step: "propose",
          input: {
            level: v.level,
            vote: { present: v.present, inFavour: v.inFavour, against: v.against },
            note: v.note?.trim() || undefined,
          },
        })
      }
    >
      <Form.Item name="level" label={t("ratings.proposedLevel")} rules={[required]}>
        <LevelSelect testId="propose-level" />
      </Form.Item>
      <VoteFields />
      <Form.Item name="note" label={`${t("ratings.note")} (${t("common.optional")})`}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </StepForm>
  );
}
