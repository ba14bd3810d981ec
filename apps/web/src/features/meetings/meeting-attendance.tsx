import type { AttendanceStatus, Meeting } from "@dangvu/contract";
import { Button, Flex, Input, Progress, Radio, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { ResponsiveTable } from "../../lib/responsive-table";
import { SectionError, useSectionSave } from "./meeting-section";
import type { MeetingView } from "./meetings.api";
import { useSaveAttendance } from "./meetings.api";
import type { LiveCounts, Marks } from "./meetings.model";

type Row = Meeting["roster"][number];
const statuses: AttendanceStatus[] = ["present", "absent_excused", "absent_unexcused"];

interface Props {
  meeting: MeetingView;
  /** The marks as ticked (kept by the page, so that the score follows them too) and their counts. */
  marks: Marks;
  onMarks: (update: (current: Marks) => Marks) => void;
  counts: LiveCounts;
}

/**
 * The roster with a three-way choice per member; members not counted stay in the list, greyed. The counts and the
 * rate above it follow the ticks before they are saved; marks are recorded from the meeting's day on.
 */
export function MeetingAttendance({ meeting, marks, onMarks: setMarks, counts: c }: Props) {
  const { t, i18n } = useTranslation();
  const save = useSectionSave(meeting.id);
  const saveAttendance = useSaveAttendance(meeting.id);
  const editable = meeting.can.hold;

  function mark(memberId: string, change: Partial<Marks[string]>) {
    setMarks((current) => ({
      ...current,
      [memberId]: { status: null, reason: "", ...current[memberId], ...change },
    }));
  }

  async function submit() {
    const entries = meeting.roster.flatMap((r) => {
      const m = marks[r.memberId];
      if (!m?.status) return [];
      const reason = m.status === "present" ? undefined : m.reason.trim() || undefined;
      return [{ memberId: r.memberId, status: m.status, reason }];
    });
    if (entries.length === 0) return;
    await save.run(() => saveAttendance.mutateAsync({ entries }), t("meeting.attendanceSaved"));
  }

  return (
    <div data-testid="meeting-attendance">
      <SectionError error={save.error} />
      <Flex gap={24} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text data-testid="attendance-counts">
          {t("meeting.countsText", {
            // The cell's members do not change with the ticks; the server counts those away elsewhere too.
            full: meeting.counts.fullMembers,
            probationary: meeting.counts.probationaryMembers,
            present: c.present,
            counted: c.counted,
            excused: c.absentExcused,
            unexcused: c.absentUnexcused,
          })}
        </Typography.Text>
        <Flex gap={8} align="center">
          <Typography.Text strong>{t("meeting.rate")}:</Typography.Text>
          <Progress
            type="line"
            percent={c.attendanceRate}
            format={() => `${c.attendanceRate.toLocaleString(i18n.language === "en" ? "en" : "vi")}%`}
            style={{ width: 180, margin: 0 }}
            data-testid="attendance-rate"
          />
        </Flex>
      </Flex>
      {(meeting.counts.away > 0 || meeting.counts.temporary > 0) && (
        <Typography.Paragraph type="secondary" data-testid="attendance-temporary">
          {[
            meeting.counts.away > 0 ? t("meeting.awayCount", { count: meeting.counts.away }) : "",
            meeting.counts.temporary > 0 ? t("meeting.temporaryCount", { count: meeting.counts.temporary }) : "",
          ]
            .filter(Boolean)
            .join(" ")}
        </Typography.Paragraph>
      )}
      <ResponsiveTable<Row>
        rowKey="memberId"
        size="small"
        pagination={false}
        dataSource={meeting.roster}
        locale={{ emptyText: t("meeting.rosterEmpty") }}
        onRow={(r) =>
          ({
            "data-testid": "roster-row",
            "data-member-id": r.memberId,
            // Greyed when not counted; a member here for a while attends and is marked like the others.
            style: r.counted || r.temporary ? undefined : { opacity: 0.55 },
          }) as HTMLAttributes<HTMLTableRowElement>
        }
        scroll={{ x: 960 }}
        columns={[
          {
            key: "name",
            title: t("meeting.member"),
            width: 240,
            render: (_, r) => (
              <Flex vertical>
                <span>
                  {r.fullName} {r.status === "probationary" && <Tag>{t("memberStatus.probationary")}</Tag>}
                  {r.temporary && (
                    <Tag color="cyan" data-testid="roster-temporary">
                      {t("meeting.temporaryTag")}
                    </Tag>
                  )}
                </span>
                {!r.counted && (
                  <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
                    {r.temporary ? t("meeting.temporaryNote") : t("meeting.notCounted")}
                  </Typography.Text>
                )}
                {r.via === "self" && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("meeting.via")}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: "status",
            title: t("meetings.status"),
            width: 470,
            phone: "full",
            render: (_, r) => (
              <Radio.Group
                value={marks[r.memberId]?.status ?? null}
                disabled={!editable}
                onChange={(e) => mark(r.memberId, { status: e.target.value as AttendanceStatus })}
                options={statuses.map((s) => ({ value: s, label: t(`attendance.${s}`) }))}
                style={{ display: "flex", flexWrap: "wrap", rowGap: 6, whiteSpace: "nowrap" }}
                data-testid="attendance-choice"
              />
            ),
          },
          {
            key: "reason",
            title: t("meeting.reason"),
            phone: "full",
            render: (_, r) => {
              const m = marks[r.memberId];
              const absent = m?.status === "absent_excused" || m?.status === "absent_unexcused";
              if (!absent) return null;
              return (
                <Input
                  value={m?.reason ?? ""}
                  disabled={!editable}
                  maxLength={300}
                  placeholder={t("meeting.reasonPlaceholder")}
                  onChange={(e) => mark(r.memberId, { reason: e.target.value })}
                  aria-label={t("meeting.reason")}
                  data-testid="attendance-reason"
                />
              );
            },
          },
        ]}
      />
      {editable && (
        <Button
          style={{ marginTop: 12, marginRight: 8 }}
          onClick={() =>
            setMarks((current) =>
              Object.fromEntries(
                meeting.roster.map((r) => {
                  const m = current[r.memberId];
                  return [r.memberId, m?.status ? m : { status: "present" as const, reason: "" }];
                }),
              ),
            )
          }
          data-testid="mark-rest-present"
        >
          {t("meeting.markRestPresent")}
        </Button>
      )}
      {editable && (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={save.pending}
          onClick={() => void submit()}
          data-testid="save-attendance"
        >
          {t("meeting.saveAttendance")}
        </Button>
      )}
    </div>
  );
}
