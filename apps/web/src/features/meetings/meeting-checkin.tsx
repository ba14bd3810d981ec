import { Alert, Flex, Spin, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCheckinCode } from "./meetings.api";

/** The six-digit code for members to check themselves in, big enough to read across a room, with its countdown. */
export function MeetingCheckin({ meetingId, active }: { meetingId: string; active: boolean }) {
  const { t } = useTranslation();
  const code = useCheckinCode(meetingId, active);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);

  if (code.isError) return <Alert type="error" showIcon title={code.error.message} />;
  if (!code.data) return <Spin />;
  // The code stays good for the next minute too; the countdown shows this minute's end, where it changes.
  const seconds = Math.max(0, dayjs(code.data.validUntil).diff(now, "second"));
  return (
    <Flex vertical align="center" gap={8} style={{ padding: "24px 0" }} data-testid="checkin-panel">
      <Typography.Text
        style={{ fontSize: 96, fontWeight: 700, letterSpacing: 16, fontFamily: "monospace", lineHeight: 1.1 }}
        data-testid="checkin-code"
      >
        {code.data.code}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 18 }} data-testid="checkin-countdown">
        {t("meeting.checkinValid", { seconds })}
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 520, textAlign: "center" }}>
        {t("meeting.checkinHint")}
      </Typography.Paragraph>
    </Flex>
  );
}
