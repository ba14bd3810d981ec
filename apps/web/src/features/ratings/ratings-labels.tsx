import type { AssessmentStatus, RatingLevel } from "@dangvu/contract";
import { Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate, todayIso } from "../../lib/dates";

const levelColor = { excellent: "green", good: "blue", completed: "gold", not_completed: "red" } as const;
const statusColor = {
  pending: "default",
  self_assessed: "cyan",
  proposed: "blue",
  decided: "green",
  excluded: "default",
} as const;

/** A level in full words (the short code is what the committee's tables use, the title gives the words). */
export function LevelTag({ level, testId }: { level: RatingLevel | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  if (!level) return null;
  return (
    <Tag color={levelColor[level]} data-testid={testId} data-level={level} style={{ whiteSpace: "normal" }}>
      {t(`ratingLevel.${level}`)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor[status]} data-testid="assessment-status" data-status={status}>
      {t(`ratingStatus.${status}`)}
    </Tag>
  );
}

/** A step's due date, in red once it has passed while the cycle is open. */
export function DueDate({ on, open }: { on: string; open: boolean }) {
  const { t } = useTranslation();
  const late = open && on < todayIso();
  return (
    <Typography.Text type={late ? "danger" : undefined}>
      {late ? t("ratings.overdue", { date: formatDate(on) }) : t("ratings.due", { date: formatDate(on) })}
    </Typography.Text>
  );
}
