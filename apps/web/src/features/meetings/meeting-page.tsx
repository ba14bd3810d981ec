import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Result, Skeleton, Tabs, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../../lib/api";
import { formatDate, formatDateTime } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { PageCard } from "../../lib/page-card";
import { MeetingAgenda } from "./meeting-agenda";
import { MeetingAttendance } from "./meeting-attendance";
import { MeetingCheckin } from "./meeting-checkin";
import { MeetingDocuments } from "./meeting-documents";
import { MeetingInvitation } from "./meeting-invitation";
import { MeetingStatusTag, QualityLevelTag } from "./meeting-labels";
import { MeetingMinutes } from "./meeting-minutes";
import { MeetingScore } from "./meeting-score";
import { MeetingTasks } from "./meeting-tasks";
import { type MeetingView, useCloseMeeting, useMeeting, useMeetingDownload, useReopenMeeting } from "./meetings.api";
import { liveCounts, type Marks, marksOf } from "./meetings.model";
import { EditMeetingModal } from "./plan-meeting-modal";

/** One meeting: agenda, attendance, check-in code, minutes, score, documents and the unit's follow-up tasks. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const meeting = useMeeting(id);

  if (meeting.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (meeting.isError) {
    const missing = isApiError(meeting.error) && (meeting.error.status === 404 || meeting.error.status === 400);
    return (
      <Card>
        <Result
          status={missing ? "404" : "error"}
          title={missing ? t("meetings.notFound") : t("errors.loadFailed")}
          subTitle={missing ? undefined : meeting.error.message}
          extra={
            <Link to="/meetings">
              <Button>{t("meetings.backToList")}</Button>
            </Link>
          }
          data-testid="meeting-not-found"
        />
      </Card>
    );
  }
  return <MeetingDetail meeting={meeting.data} />;
}

function MeetingDetail({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState("agenda");
  const closed = meeting.status === "closed";
  // Sections keep their own form state; a closing or reopening starts them afresh from the server's meeting.
  const key = `${meeting.id}-${meeting.status === "closed"}`;

  return (
    <PageCard data-testid="meeting-page" data-meeting-id={meeting.id} data-status={meeting.status}>
      <Link to="/meetings" className="no-print">
        ← {t("meetings.backToList")}
      </Link>
      <Flex align="center" gap={12} wrap style={{ margin: "8px 0 4px" }}>
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="meeting-title">
          {meeting.topic}
        </Typography.Title>
        <MeetingStatusTag status={meeting.status} />
        <QualityLevelTag level={meeting.score?.level} />
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        style={{ margin: "8px 0 16px" }}
        items={[
          { key: "unit", label: t("meetings.unit"), children: meeting.orgUnitName },
          { key: "kind", label: t("meetings.kind"), children: t(`meetingKind.${meeting.kind}`) },
          {
            key: "time",
            label: t("meetings.scheduledAt"),
            children: <span data-testid="meeting-time">{formatDateTime(meeting.scheduledAt)}</span>,
          },
          { key: "place", label: t("meetings.place"), children: meeting.place ?? "" },
        ]}
      />
      <MeetingActions meeting={meeting} />
      {closed && (
        <Alert
          type="info"
          showIcon
          title={t("meeting.readOnly")}
          style={{ marginBottom: 12 }}
          data-testid="meeting-read-only"
        />
      )}
      {meeting.can.update && !meeting.can.hold && (
        <Alert
          type="info"
          showIcon
          title={t("meeting.notYet", { date: formatDate(meeting.opensOn) })}
          style={{ marginBottom: 12 }}
          data-testid="meeting-not-yet"
        />
      )}
      <MeetingTabs key={key} meeting={meeting} tab={tab} onTab={setTab} />
      <MeetingTasks orgUnitId={meeting.orgUnitId} canWrite={meeting.can.update || meeting.can.reopen} />
    </PageCard>
  );
}

/**
 * The meeting's sections. The attendance marks live here, shared by the sheet and the score, so that the counts and
 * the attendance points follow every tick before it is saved; a closing or reopening starts them afresh.
 */
function MeetingTabs(props: { meeting: MeetingView; tab: string; onTab: (tab: string) => void }) {
  const { t } = useTranslation();
  const { meeting, tab } = props;
  const [marks, setMarks] = useState<Marks>(() => marksOf(meeting.roster));
  const counts = liveCounts(meeting.roster, marks);
  return (
    <Tabs
      activeKey={tab}
      onChange={props.onTab}
      destroyOnHidden={false}
      items={[
        { key: "agenda", label: t("meeting.tabAgenda"), children: <MeetingAgenda meeting={meeting} /> },
        {
          key: "attendance",
          label: t("meeting.tabAttendance"),
          children: <MeetingAttendance meeting={meeting} marks={marks} onMarks={setMarks} counts={counts} />,
        },
        ...(meeting.can.hold
          ? [
              {
                key: "checkin",
                label: t("meeting.tabCheckin"),
                children: <MeetingCheckin meetingId={meeting.id} active={tab === "checkin"} />,
              },
            ]
          : []),
        { key: "minutes", label: t("meeting.tabMinutes"), children: <MeetingMinutes meeting={meeting} /> },
        {
          key: "score",
          label: t("meeting.tabScore"),
          children: <MeetingScore meeting={meeting} liveRate={counts.attendanceRate} />,
        },
        { key: "documents", label: t("meeting.tabDocuments"), children: <MeetingDocuments meeting={meeting} /> },
      ]}
    />
  );
}

function MeetingActions({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const required = useRequired();
  const download = useMeetingDownload();
  const close = useCloseMeeting(meeting.id);
  const reopen = useReopenMeeting(meeting.id);
  const [dialog, setDialog] = useState<"edit" | "reopen" | null>(null);

  async function get(path: string) {
    try {
      await download.mutateAsync(path);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  async function closeMeeting() {
    const ok = await modal.confirm({
      title: t("meeting.close"),
      content: t("meeting.closeConfirm"),
      okText: t("meeting.close"),
      cancelText: t("common.cancel"),
    });
    if (!ok) return;
    try {
      await close.mutateAsync(undefined);
      void message.success(t("meeting.closed"));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }} className="no-print">
      <MeetingInvitation meeting={meeting} />
      <Button onClick={() => void get(`/api/meetings/${meeting.id}/invitation.docx`)} data-testid="download-invitation">
        {t("meeting.downloadInvitation")}
      </Button>
      <Button onClick={() => void get(`/api/meetings/${meeting.id}/minutes.docx`)} data-testid="download-minutes">
        {t("meeting.downloadMinutes")}
      </Button>
      {meeting.can.update && (
        <Button onClick={() => setDialog("edit")} data-testid="edit-meeting">
          {t("meeting.edit")}
        </Button>
      )}
      {meeting.can.update && (
        <EditMeetingModal meeting={meeting} open={dialog === "edit"} onClose={() => setDialog(null)} />
      )}
      {meeting.can.close && meeting.status !== "planned" && (
        <Button
          type="primary"
          danger
          loading={close.isPending}
          onClick={() => void closeMeeting()}
          data-testid="close-meeting"
        >
          {t("meeting.close")}
        </Button>
      )}
      {meeting.can.reopen && (
        <Button onClick={() => setDialog("reopen")} data-testid="reopen-meeting">
          {t("meeting.reopen")}
        </Button>
      )}
      <FormModal<{ reason: string }>
        open={dialog === "reopen"}
        onClose={() => setDialog(null)}
        title={t("meeting.reopenTitle")}
        okText={t("meeting.reopen")}
        successMessage={t("meeting.reopened")}
        onSubmit={(values) => reopen.mutateAsync(values.reason.trim())}
        testId="reopen-form"
      >
        <Form.Item name="reason" label={t("meeting.reopenReason")} rules={[required]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
