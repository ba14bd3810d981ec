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
      {/* One line at any width: 96 px digits on a laptop, as large as a 390 px phone allows (about 60 px) there. */}
      <Typography.Text
        style={{
          fontSize: "min(96px, 15vw)",
          fontWeight: 700,
          letterSpacing: "0.12em",
          fontFamily: "monospace",
          fontVariantNumeric: "tabular-nums",
          lineHeight: 1.1,
          whiteSpace: "nowrap",
        }}
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
