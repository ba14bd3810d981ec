import type { Member, Reminder } from "@dangvu/contract";
import { Alert, Flex } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate, todayIso } from "../../lib/dates";

interface Props {
  member: Member;
  reminders: readonly Reminder[];
  openTransfer: boolean;
}

/**
 * What the secretary must know before anything else: the server's reminders for this person (in red when
 * overdue), the end of probation, exemption, temporary activity, a transfer under way, or an exit.
 */
export function MemberWarnings({ member, reminders, openTransfer }: Props) {
  const { t } = useTranslation();
  // An incoming transfer is told by the transfer's own banner below, which says what to press.
  const mine = reminders.filter(
    (r) => r.memberId === member.id && !(r.kind === "transfer_incoming" && member.pendingTransfer),
  );
  const probationReminder = mine.some((r) => r.kind.startsWith("probation"));
  const notes: { key: string; type: "error" | "warning" | "info"; text: string }[] = [];

  for (const r of mine)
    notes.push({ key: `${r.kind}-${r.dueOn}`, type: r.overdue ? "error" : "warning", text: r.message });
  if (member.status === "probationary" && !member.ceremonyOn)
    notes.push({ key: "ceremony", type: "warning", text: t("member.noCeremony") });
  if (member.status === "probationary" && member.probationEndsOn && !probationReminder) {
    const ended = member.probationEndsOn <= todayIso();
    const date = formatDate(member.probationEndsOn);
    notes.push({
      key: "probation",
      type: ended ? "warning" : "info",
      text: ended ? t("member.probationEnded", { date }) : t("member.probationEnds", { date }),
    });
  }
  if (member.exitReason)
    notes.push({
      key: "left",
      type: "info",
      text: t("member.leftBanner", { reason: t(`exitReason.${member.exitReason}`), date: formatDate(member.exitedOn) }),
    });
  if (member.isExempt) notes.push({ key: "exempt", type: "info", text: t("member.exemptBanner") });
  if (member.temporaryElsewhere)
    notes.push({
      key: "temporary",
      type: "info",
      text: t("member.temporaryBanner", { place: member.temporaryOrgName ?? "" }),
    });
  const pending = member.pendingTransfer;
  if (pending) {
    const params = {
      kind: t(`member.transferKinds.${pending.kind}`),
      unit: pending.toOrgUnitName,
      date: formatDate(pending.dueOn),
    };
    notes.push(
      member.can.receiveTransfer
        ? { key: "transfer", type: "warning", text: t("member.receiveBanner", params) }
        : { key: "transfer", type: "info", text: t("member.transferBannerTo", params) },
    );
  } else if (openTransfer) notes.push({ key: "transfer", type: "info", text: t("member.transferBanner") });

  if (notes.length === 0) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      {notes.map((note) => (
        <Alert key={note.key} type={note.type} showIcon title={note.text} data-testid="member-warning" />
      ))}
    </Flex>
  );
}
