import type { MeetingListItem, QualityLevel } from "@dangvu/contract";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const statusColor = { planned: "blue", held: "gold", closed: "default" } as const;
const levelColor = { good: "green", fair: "cyan", average: "orange", poor: "red" } as const;

export function MeetingStatusTag({ status }: { status: MeetingListItem["status"] }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor[status]} data-testid="meeting-status" data-status={status}>
      {t(`meetingStatus.${status}`)}
    </Tag>
  );
}

export function QualityLevelTag({ level }: { level: QualityLevel | null | undefined }) {
  const { t } = useTranslation();
  if (!level) return null;
  return (
    <Tag color={levelColor[level]} data-testid="meeting-level" data-level={level}>
      {t(`qualityLevel.${level}`)}
    </Tag>
  );
}
