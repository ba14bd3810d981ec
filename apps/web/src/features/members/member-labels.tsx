import type { MemberListItem, PartyAge } from "@dangvu/contract";
import { Flex, Tag } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

const statusColors: Record<MemberListItem["status"], string> = {
  candidate: "blue",
  probationary: "gold",
  full: "green",
  left: "default",
};

/** "12 năm 3 tháng" from the server's party age; "Chưa vào Đảng" for someone never admitted. */
export function partyAgeText(t: TFunction, age: PartyAge): string {
  if (!age.since) return t("members.notYetMember");
  const years = t("members.partyAgeYears", { count: age.years });
  const months = t("members.partyAgeMonths", { count: age.months });
  if (age.years === 0) return months;
  if (age.months === 0) return years;
  return t("members.partyAgeValue", { years, months });
}

type StatusProps = Pick<MemberListItem, "status" | "isExempt" | "temporaryElsewhere">;

/** The member's status as a coloured tag, with exemption and temporary activity elsewhere noted beside it. */
export function MemberStatusTags({ status, isExempt, temporaryElsewhere }: StatusProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap data-testid="member-status" data-status={status}>
      <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
        {t(`memberStatus.${status}`)}
      </Tag>
      {isExempt && (
        <Tag color="purple" style={{ marginInlineEnd: 0 }}>
          {t("members.exemptNote")}
        </Tag>
      )}
      {temporaryElsewhere && (
        <Tag color="cyan" style={{ marginInlineEnd: 0 }}>
          {t("members.temporaryNote")}
        </Tag>
      )}
    </Flex>
  );
}
