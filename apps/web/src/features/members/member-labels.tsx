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

/**
 * "12 năm 3 tháng" from the server's party age. Without one: "Chưa vào Đảng" for a candidate, "chưa có" on probation
 * (party age exists only once recognised as full), "không có" for someone who left before that.
 */
export function partyAgeText(t: TFunction, age: PartyAge, status?: MemberListItem["status"]): string {
  if (!age.since) {
    if (status === "probationary") return t("members.partyAgeOnProbation");
    return status === "left" ? t("members.partyAgeNone") : t("members.notYetMember");
  }
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
