import { App, Button, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/dates";
import type { MeetingView } from "./meetings.api";
import { useIssueInvitation } from "./meetings.api";

/**
 * The invitation's number once issued ("Giấy mời số 05-GM/CB, ngày …"); before that, for those who plan the meeting,
 * the button that takes the next number of the cell's register, after saying that a number given is never reused.
 */
export function MeetingInvitation({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const issue = useIssueInvitation(meeting.id);

  if (meeting.invitation)
    return (
      <Tag
        color="blue"
        style={{ alignSelf: "center", fontSize: 14, padding: "4px 8px" }}
        data-testid="invitation-number"
      >
        {t("meeting.invitationNumber", {
          code: `Số ${meeting.invitation.code}`,
          date: formatDate(meeting.invitation.issuedOn),
        })}
      </Tag>
    );
  if (!meeting.can.update) return null;

  async function issueNow() {
    const ok = await modal.confirm({
      title: t("meeting.issueTitle"),
      content: t("meeting.issueConfirm"),
      okText: t("meeting.issueOk"),
      cancelText: t("common.cancel"),
    });
    if (!ok) return;
    try {
      await issue.mutateAsync(undefined);
      void message.success(t("meeting.issued"));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  return (
    <Button loading={issue.isPending} onClick={() => void issueNow()} data-testid="issue-invitation">
      {t("meeting.issueInvitation")}
    </Button>
  );
}
