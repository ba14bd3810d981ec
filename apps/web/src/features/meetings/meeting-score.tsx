import { Button, Flex, Form, InputNumber, Typography } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { QualityLevelTag } from "./meeting-labels";
import { SectionError, useSectionSave } from "./meeting-section";
import type { MeetingView } from "./meetings.api";
import { useSaveScore, useScoringTemplates } from "./meetings.api";
import { attendancePoints, levelOfTotal, type Points, templateFor } from "./meetings.model";

/**
 * Four inputs with their maximum, the live total and level, and the saved score. Until the meeting is scored, the
 * attendance criterion is filled in from the attendance sheet as ticked (`liveRate`), unless the scorer typed it.
 */
export function MeetingScore({ meeting, liveRate }: { meeting: MeetingView; liveRate: number }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Points>();
  const saveScore = useSaveScore(meeting.id);
  const save = useSectionSave(meeting.id, form);
  const values = Form.useWatch([], form) as Partial<Points> | undefined;
  const templates = useScoringTemplates();
  const template = templateFor(templates.data ?? [], meeting.scheduledAt.slice(0, 10));
  const attendance = meeting.attendanceScore;
  const prefill = attendance && !meeting.score && meeting.can.hold ? attendance : null;
  const livePoints = prefill ? attendancePoints(liveRate, prefill.max) : null;
  useEffect(() => {
    if (!template || !prefill || livePoints === null || form.isFieldTouched(prefill.criterionKey)) return;
    form.setFieldValue(prefill.criterionKey, livePoints);
  }, [form, template, prefill, livePoints]);
  if (!template) return null;
  const criteria = template.criteria;
  const maxTotal = criteria.reduce((sum, c) => sum + c.max, 0);
  const total = criteria.reduce((sum, c) => sum + (values?.[c.key] ?? 0), 0);
  const complete = criteria.every((c) => typeof values?.[c.key] === "number");
  const saved = meeting.score?.points ?? {};

  return (
    <Form<Points>
      form={form}
      layout="horizontal"
      labelCol={{ flex: "280px" }}
      labelAlign="left"
      disabled={!meeting.can.hold}
      requiredMark={meeting.can.hold}
      initialValues={Object.fromEntries(
        criteria.map((c) => [c.key, saved[c.key] ?? (c.key === prefill?.criterionKey ? livePoints : null)]),
      )}
      onFinish={(points) =>
        void save.run(
          () =>
            saveScore.mutateAsync({
              points: Object.fromEntries(criteria.map((c) => [c.key, points[c.key] ?? 0])),
            }),
          t("meeting.scoreSaved"),
        )
      }
      data-testid="meeting-score"
      style={{ maxWidth: 560 }}
    >
      <SectionError error={save.error} />
      {criteria.map((c) => (
        <Form.Item
          key={c.key}
          name={c.key}
          label={c.label}
          extra={
            c.key === prefill?.criterionKey ? (
              <span data-testid="attendance-prefilled">
                {t("meeting.maxPoints", { max: c.max })}.{" "}
                {t("meeting.attendancePrefilled", {
                  rate: liveRate.toLocaleString(i18n.language === "en" ? "en" : "vi"),
                  points: livePoints,
                  max: c.max,
                })}
              </span>
            ) : (
              t("meeting.maxPoints", { max: c.max })
            )
          }
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <InputNumber min={0} max={c.max} precision={0} style={{ width: 120 }} data-testid={`score-${c.key}`} />
        </Form.Item>
      ))}
      <Flex align="center" gap={12} style={{ margin: "8px 0 16px" }}>
        <Typography.Text strong style={{ fontSize: 18 }} data-testid="score-total">
          {t("meeting.total")}: {total}/{maxTotal}
        </Typography.Text>
        {complete && <QualityLevelTag level={levelOfTotal(template, total)} />}
      </Flex>
      {meeting.can.hold && (
        <Button type="primary" htmlType="submit" loading={save.pending} data-testid="save-score">
          {t("meeting.saveScore")}
        </Button>
      )}
    </Form>
  );
}
