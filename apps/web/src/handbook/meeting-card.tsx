import type { HandbookMeeting } from "@dangvu/contract";
import { type FormEvent, useState } from "react";
import { dmyTime } from "./format";
import { useCheckIn } from "./handbook.api";
import { type HandbookKey, useHandbookT } from "./handbook-i18n";

/** One meeting: when, where, the agenda, my attendance, and, on its day, check-in with the code on display. */
export function MeetingCard({ meeting }: { meeting: HandbookMeeting }) {
  const canCheckIn = meeting.canCheckIn;
  const { t } = useHandbookT();
  const checkIn = useCheckIn(meeting.id);
  const [code, setCode] = useState("");
  const [open, setOpen] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    checkIn.mutate(code);
  };
  return (
    <article className="hb-card" data-testid="hb-meeting" data-meeting-id={meeting.id}>
      <p className="hb-label">{t(`kind_${meeting.kind}` as HandbookKey)}</p>
      <h3>{meeting.topic}</h3>
      <p className="hb-when">{dmyTime(meeting.scheduledAt)}</p>
      {meeting.place && (
        <p className="hb-muted">
          {t("place")}: {meeting.place}
        </p>
      )}
      <p data-testid="hb-attendance">{t(`att_${meeting.myAttendance ?? "none"}` as HandbookKey)}</p>
      <details>
        <summary>{t("agenda")}</summary>
        <ol>
          {numbered(meeting.agenda).map((item) => (
            <li key={item.key}>{item.title}</li>
          ))}
        </ol>
      </details>
      {meeting.documents.length > 0 && (
        <ul className="hb-docs">
          {meeting.documents.map((doc) => (
            <li key={doc.id}>
              <a href={`/api/meetings/${meeting.id}/documents/${doc.id}`}>{doc.fileName}</a>
            </li>
          ))}
        </ul>
      )}
      {canCheckIn && meeting.myAttendance !== "present" && (
        <>
          {!open && (
            <button type="button" className="hb-primary" onClick={() => setOpen(true)} data-testid="hb-checkin-open">
              {t("checkIn")}
            </button>
          )}
          {open && (
            <form onSubmit={submit} className="hb-form">
              <label>
                {t("checkInCode")}
                <input
                  inputMode="numeric"
                  pattern="[0-9]*"
                  maxLength={6}
                  value={code}
                  onChange={(e) => setCode(e.target.value.replace(/\D/g, ""))}
                  data-testid="hb-checkin-code"
                />
              </label>
              {checkIn.error && (
                <p className="hb-error" role="alert">
                  {checkIn.error.message}
                </p>
              )}
              <button
                type="submit"
                className="hb-primary"
                disabled={code.length !== 6 || checkIn.isPending}
                data-testid="hb-checkin-send"
              >
                {t("checkInSend")}
              </button>
            </form>
          )}
        </>
      )}
      {meeting.myAttendance === "present" && canCheckIn && <p className="hb-ok">{t("checkedIn")}</p>}
    </article>
  );
}

/** Agenda items with a stable key (the same title may appear twice in an agenda). */
function numbered(agenda: HandbookMeeting["agenda"]) {
  return agenda.map((item, position) => ({ ...item, key: `${position + 1}. ${item.title}` }));
}
