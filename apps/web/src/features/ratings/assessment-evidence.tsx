import type { AssessmentDetail } from "@dangvu/contract";
import { Descriptions, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { translateKnown } from "../../i18n";
import { formatDate } from "../../lib/dates";
import { LevelTag } from "./ratings-labels";

/**
 * What the reviewers read beside a member or an organisation (issue 9 item 3): the year's attendance and the cell's
 * meeting quality, the residence comment, discipline, previous years' levels and open tasks.
 */
export function AssessmentEvidence({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const { evidence } = detail;
  const attendance = evidence.attendance;
  const rate = attendance && attendance.meetings > 0 ? Math.round((attendance.present * 100) / attendance.meetings) : 0;
  const isMember = detail.assessment.subjectType === "member";
  const items = [
    attendance && {
      key: "attendance",
      label: t("ratings.attendance"),
      children: (
        <Flex vertical>
          <span>{t("ratings.attendanceValue", { present: attendance.present, total: attendance.meetings, rate })}</span>
          {attendance.absent > 0 && (
            <Typography.Text type="warning">{t("ratings.unexcused", { count: attendance.absent })}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: "quality",
      label: t("ratings.meetingQuality"),
      children:
        evidence.meetingQuality.length === 0 ? (
          t("ratings.none")
        ) : (
          <Flex gap={4} wrap>
            {evidence.meetingQuality.map((q) => (
              <Tag key={q.level}>
                {translateKnown(`qualityLevel.${q.level}`, q.level)}: {q.count}
              </Tag>
            ))}
          </Flex>
        ),
    },
    isMember && {
      key: "residence",
      label: t("ratings.residenceComment"),
      children: evidence.residenceComment ? (
        <Flex vertical>
          <strong>
            {translateKnown(
              `residence.assessments.${evidence.residenceComment.assessment}`,
              evidence.residenceComment.assessment,
            )}
          </strong>
          {evidence.residenceComment.commentText && <span>{evidence.residenceComment.commentText}</span>}
        </Flex>
      ) : (
        t("ratings.noResidenceComment")
      ),
    },
    isMember && {
      key: "discipline",
      label: t("ratings.discipline"),
      children:
        evidence.discipline.length === 0 ? (
          t("ratings.noDiscipline")
        ) : (
          <Flex vertical data-testid="evidence-discipline">
            {evidence.discipline.map((d) => (
              <span key={`${d.form}-${d.decidedOn}`}>
                {translateKnown(`eventForm.disciplineForms.${d.form}`, d.form)} · {formatDate(d.decidedOn)}
              </span>
            ))}
            <Typography.Text type="danger">{t("ratings.disciplineInYear")}</Typography.Text>
          </Flex>
        ),
    },
    {
      key: "previous",
      label: t("ratings.previousYears"),
      children:
        evidence.previousLevels.length === 0 ? (
          t("ratings.noPrevious")
        ) : (
          <Flex vertical gap={2} data-testid="evidence-previous">
            {evidence.previousLevels.map((p) => (
              <span key={p.year}>
                {p.year}: <LevelTag level={p.level} />
              </span>
            ))}
          </Flex>
        ),
    },
    {
      key: "tasks",
      label: t("ratings.tasks"),
      children:
        evidence.openTasks.length === 0 ? (
          t("ratings.noTasks")
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {evidence.openTasks.map((task) => (
              <li key={task.id}>
                {task.title}
                {task.dueOn && ` (${t("ratings.due", { date: formatDate(task.dueOn) })})`}
              </li>
            ))}
          </ul>
        ),
    },
  ].filter((item): item is Exclude<typeof item, false | null> => Boolean(item));
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t("ratings.evidence")}
      items={items}
      data-testid="assessment-evidence"
    />
  );
}
