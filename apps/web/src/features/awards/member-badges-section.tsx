import { App, Button, Card, List, Skeleton, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, todayIso } from "../../lib/dates";
import { useHasPermission } from "../auth/auth.api";
import { BadgeReissueModal } from "./badge-reissue-modal";
import { downloadBadgeList, useMemberBadges } from "./badges.api";

/** The member record's Huy hiệu Đảng: the badges received with their numbers, and the next milestone. */
export function MemberBadgesSection({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const badges = useMemberBadges(memberId);
  const canRead = useHasPermission("award.read");
  const canDecide = useHasPermission("award.decide");
  const [reissuing, setReissuing] = useState(false);
  if (badges.isPending) return <Skeleton active />;
  if (badges.isError) return null;
  const { badges: received, next } = badges.data;
  return (
    <Card
      title={t("badges.section.title")}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="member-badges"
      extra={
        received.length > 0 &&
        canRead && (
          <Space wrap className="no-print">
            <Button
              size="small"
              onClick={() =>
                downloadBadgeList("xlsx", { on: todayIso(), form: "4A", memberIds: memberId }).catch((error) =>
                  message.error(error instanceof Error ? error.message : t("errors.unknown")),
                )
              }
              data-testid="badge-4a"
            >
              {t("badges.reissue.download")}
            </Button>
            {canDecide && (
              <Button size="small" onClick={() => setReissuing(true)} data-testid="badge-reissue">
                {t("badges.reissue.record")}
              </Button>
            )}
          </Space>
        )
      }
    >
      {received.length === 0 ? (
        <Typography.Text type="secondary">{t("badges.section.none")}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={received}
          renderItem={(b) => (
            <List.Item data-testid="member-badge">
              <List.Item.Meta
                title={t("badges.section.received", { years: b.milestone })}
                description={t("badges.section.detail", {
                  kind: t(`badges.kinds.${b.kind}`),
                  date: formatDate(b.awardDate),
                  number: b.badgeNumber,
                  decision: b.decisionNumber,
                })}
              />
            </List.Item>
          )}
        />
      )}
      {/* A badge already decided for a coming award date is listed above: the next milestone is the one after it. */}
      {next && !received.some((b) => b.milestone === next.milestone) && (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="member-next-badge">
          {t("badges.section.next", {
            years: next.milestone,
            reached: formatDate(next.reachedOn),
            on: formatDate(next.awardOn),
          })}
        </Typography.Paragraph>
      )}
      {reissuing && <BadgeReissueModal memberId={memberId} received={received} onClose={() => setReissuing(false)} />}
    </Card>
  );
}
