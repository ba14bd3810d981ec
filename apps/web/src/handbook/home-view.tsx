import type { HandbookSummary } from "@dangvu/contract";
import { AwardsCard } from "./awards-card";
import { BadgesCard, NextBadge } from "./badges-card";
import { dmy } from "./format";
import { type HandbookKey, useHandbookT } from "./handbook-i18n";
import { MeetingCard } from "./meeting-card";
import { RatingCard } from "./rating-card";

export function HomeView({ summary }: { summary: HandbookSummary }) {
  const { t } = useHandbookT();
  return (
    <>
      <section className="hb-card hb-me" data-testid="hb-me">
        <h1>{summary.fullName}</h1>
        <p className="hb-muted">{summary.orgUnitName}</p>
        <p className="hb-label">{t("partyAge")}</p>
        {summary.partyAge.since ? (
          <p className="hb-big" data-testid="hb-party-age">
            {t("partyAgeValue", { years: summary.partyAge.years, months: summary.partyAge.months })}
          </p>
        ) : (
          <p data-testid="hb-party-age">{t("partyAgeOnProbation")}</p>
        )}
        {summary.partyAge.since && <p className="hb-muted">{t("since", { date: dmy(summary.partyAge.since) })}</p>}
        <NextBadge fallback={summary.nextBadge} />
        {summary.attendanceRate !== null && (
          <p className="hb-muted">{t("attendanceRate", { rate: summary.attendanceRate })}</p>
        )}
      </section>
      {summary.notices.length > 0 && (
        <>
          <h2>{t("notices")}</h2>
          {summary.notices.map((notice) => (
            <div key={notice.id} className="hb-card" data-testid="hb-notice">
              <strong>{notice.title}</strong>
              <p className="hb-muted">{dmy(notice.postedOn)}</p>
              <p className="hb-notice-body">{notice.body}</p>
            </div>
          ))}
        </>
      )}
      <BadgesCard />
      <RatingCard />
      <AwardsCard />
      <h2>{t("upcoming")}</h2>
      {summary.upcoming.length === 0 && <p className="hb-muted">{t("noUpcoming")}</p>}
      {summary.upcoming.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} />
      ))}
      <h2>{t("myTasks")}</h2>
      {summary.tasks.length === 0 && <p className="hb-muted">{t("noTasks")}</p>}
      {summary.tasks.map((task) => (
        <div key={task.id} className="hb-card" data-testid="hb-task" data-owner={task.owner}>
          <strong>{task.title}</strong>
          <p className="hb-muted">
            {t("due", { date: dmy(task.dueOn) })}
            {task.owner === "cell" && ` · ${t("cellTask")}`}
          </p>
        </div>
      ))}
      {summary.residence && (
        <>
          <h2>{t("residence")}</h2>
          <div className="hb-card" data-testid="hb-residence">
            <strong>{summary.residence.residenceOrgName}</strong>
            <p className="hb-muted">{summary.residence.address}</p>
            {summary.residence.comments.map((c) => (
              <p key={c.year}>
                {t("residenceComment", { year: c.year })}:{" "}
                {c.receivedOn ? t(`assessment_${c.assessment ?? "none"}` as HandbookKey) : t("residencePending")}
              </p>
            ))}
          </div>
        </>
      )}
      {summary.recent.length > 0 && <h2>{t("recent")}</h2>}
      {summary.recent.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} />
      ))}
    </>
  );
}
