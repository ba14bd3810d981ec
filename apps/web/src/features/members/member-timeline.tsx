import type { MemberEvent } from "@dangvu/contract";
import { Alert, Empty, Flex, Skeleton, Tag, Timeline, Typography } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { translateKnown } from "../../i18n";
import { formatDate } from "../../lib/dates";
import type { TreeIndex } from "../org/org-tree.model";
import { TransferLetterButton } from "./member-papers";
import { useMemberEvents } from "./members.api";

const kindColors: Record<string, string> = {
  created: "gray",
  course_completed: "blue",
  helper_assigned: "blue",
  admission: "red",
  ceremony: "red",
  readmission: "red",
  restoration: "red",
  full_membership: "green",
  card_issued: "green",
  transfer: "purple",
  transfer_in: "purple",
  transfer_received: "purple",
  temporary_return: "cyan",
  exemption: "orange",
  exemption_ended: "orange",
  probation_struck_off: "gray",
  struck_off: "gray",
  expulsion: "gray",
  discipline: "volcano",
  resignation: "gray",
  death: "gray",
};

const text = (value: unknown) => (typeof value === "string" ? value : "");

function ceremonyText(t: TFunction, d: MemberEvent["details"]): string {
  return d.ceremonyOn ? `${t("eventForm.ceremonyOn")}: ${formatDate(text(d.ceremonyOn))}` : "";
}

/** Who introduced the applicant, the youth union's resolution, the approval above 60, as recorded on the event. */
function prerequisiteTexts(t: TFunction, d: MemberEvent["details"]): string[] {
  const names = Array.isArray(d.introducers) ? (d.introducers as { fullName?: string }[]).map((i) => i.fullName) : [];
  return [
    names.length > 0 ? t("timeline.introducedBy", { names: names.join(", ") }) : "",
    d.unionIntroductionNo ? t("timeline.unionIntroduction", { no: text(d.unionIntroductionNo) }) : "",
    d.overAgeApprovalNo ? t("timeline.overAgeApproval", { no: text(d.overAgeApprovalNo) }) : "",
  ];
}

/** One readable line from an event's recorded details; empty when there is nothing beyond the kind. */
function describe(t: TFunction, event: MemberEvent, index: TreeIndex): string {
  const d = event.details;
  switch (event.kind) {
    case "course_completed":
      return d.certificateNo ? t("member.courseValue", { no: text(d.certificateNo) }) : "";
    case "created":
    case "transfer_in": {
      const irregular = d.irregular as { reason?: string } | undefined;
      return irregular?.reason ? t("timeline.irregular", { reason: irregular.reason }) : "";
    }
    case "admission":
      return [ceremonyText(t, d), ...prerequisiteTexts(t, d)].filter(Boolean).join(" · ");
    case "readmission": {
      const [exited] = Array.isArray(d.gap) ? (d.gap as string[]) : [];
      const left = t("timeline.readmission", {
        exited: formatDate(exited ?? null),
        ground: translateKnown(`eventForm.exitGrounds.${text(d.exitGround)}`, text(d.exitGround)),
        approval: text(d.approvalNo),
      });
      const restart = d.partyAgeCarried === false ? t("timeline.partyAgeRestarts") : "";
      return [left, ceremonyText(t, d), ...prerequisiteTexts(t, d), restart].filter(Boolean).join(" · ");
    }
    case "restoration":
      return d.annulledExit
        ? t("timeline.restored", {
            exit: translateKnown(`exitReason.${text(d.annulledExit)}`, text(d.annulledExit)).toLowerCase(),
            date: formatDate(text(d.exitedOn)),
          })
        : "";
    case "ceremony":
      return text(d.ceremonyPlace);
    case "full_membership":
      return d.fullFrom ? t("timeline.fullFrom", { date: formatDate(text(d.fullFrom)) }) : "";
    case "transfer": {
      const to = text(d.toOrganisationName) || index.byId.get(text(d.toOrgUnitId))?.name || "";
      const how = d.transferKind === "temporary" ? t("eventForm.transferTemporary") : t("eventForm.transferOfficial");
      return [how, to && t("timeline.to", { to }), d.letterNo && t("timeline.letter", { no: text(d.letterNo) })]
        .filter(Boolean)
        .join(" · ");
    }
    case "card_issued":
      return [text(d.cardNumber), d.reason ? translateKnown(`member.cardReasons.${text(d.reason)}`, "") : ""]
        .filter(Boolean)
        .join(" · ");
    case "discipline":
      return t("timeline.discipline", {
        form: translateKnown(`eventForm.disciplineForms.${text(d.form)}`, text(d.form)),
        body: text(d.decidingBody),
      });
    case "struck_off":
      return d.ground ? translateKnown(`eventForm.grounds.${String(d.ground)}`, "") : "";
    default:
      return "";
  }
}

/** The member's life in the Party, oldest first: what happened, when, under which decision, who recorded it. */
export function MemberTimeline({ memberId, index }: { memberId: string; index: TreeIndex }) {
  const { t } = useTranslation();
  const events = useMemberEvents(memberId);
  if (events.isPending) return <Skeleton active />;
  if (events.isError) return <Alert type="error" showIcon title={events.error.message} />;
  if (events.data.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("member.timelineEmpty")} />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      data-testid="member-timeline"
      items={events.data.map((event) => ({
        key: event.id,
        color: kindColors[event.kind] ?? "gray",
        content: (
          <Flex vertical gap={2} data-testid="timeline-item" data-kind={event.kind}>
            <Typography.Text strong>{formatDate(event.occurredOn)}</Typography.Text>
            <span>
              <Tag color={kindColors[event.kind] === "gray" ? "default" : kindColors[event.kind]}>
                {translateKnown(`memberEvent.${event.kind}`, event.kind)}
              </Tag>
              {describe(t, event, index)}
            </span>
            {event.decisionNo && (
              <Typography.Text type="secondary">{t("member.decisionNo", { no: event.decisionNo })}</Typography.Text>
            )}
            {text(event.details.note) && <Typography.Text italic>{text(event.details.note)}</Typography.Text>}
            {event.kind === "transfer" && (
              <span>
                <TransferLetterButton memberId={memberId} eventId={event.id} />
              </span>
            )}
            {event.createdByName && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("member.recordedBy", { name: event.createdByName })}
              </Typography.Text>
            )}
          </Flex>
        ),
      }))}
    />
  );
}
