import type { MyAssessment, RatingFramework, RatingLevel } from "@dangvu/contract";
import { type FormEvent, useState } from "react";
import { dmy } from "./format";
import { useMyRatings, useSubmitSelf } from "./handbook.api";
import { type HandbookKey, useHandbookT } from "./handbook-i18n";

// The order of the levels, highest first (glossary codes); the contract's list is not imported to keep zod out.
const levels: readonly RatingLevel[] = ["excellent", "good", "completed", "not_completed"];
const levelKey = (level: RatingLevel) => `level_${level}` as HandbookKey;

/** The member's self-assessment of the current cycle, and the decided levels once announced. */
export function RatingCard() {
  const { t } = useHandbookT();
  const ratings = useMyRatings();
  const [editing, setEditing] = useState(false);
  const data = ratings.data;
  if (!data || (!data.current && data.history.length === 0)) return null;
  const current = data.current;
  return (
    <>
      <h2>{t("ratingTitle")}</h2>
      <section className="hb-card" data-testid="hb-rating">
        {current && (
          <>
            <p className="hb-label">{current.cycleName}</p>
            <CurrentStatus assessment={current} />
            {current.canSelf && !editing && (
              <button type="button" className="hb-primary" onClick={() => setEditing(true)} data-testid="hb-self-open">
                {current.selfLevel ? t("selfEdit") : t("selfStart")}
              </button>
            )}
            {current.canSelf && editing && <SelfForm assessment={current} onDone={() => setEditing(false)} />}
          </>
        )}
        {data.history.length > 0 && (
          <>
            <p className="hb-label">{t("ratingHistory")}</p>
            <ul className="hb-levels" data-testid="hb-rating-history">
              {data.history.map((h) => (
                <li key={h.year}>
                  <strong>{h.year}</strong>: {t(levelKey(h.level))}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

function CurrentStatus({ assessment: a }: { assessment: MyAssessment }) {
  const { t } = useHandbookT();
  if (a.status === "excluded")
    return <p data-testid="hb-rating-excluded">{t(`excluded_${a.excludedReason ?? "exempt"}` as HandbookKey)}</p>;
  if (a.decidedLevel && a.announcedAt)
    return (
      <>
        <p>{t("decidedLevel")}</p>
        <p className="hb-level-result" data-testid="hb-decided-level" data-level={a.decidedLevel}>
          {t(levelKey(a.decidedLevel))}
        </p>
      </>
    );
  return (
    <>
      {a.selfLevel ? (
        <p data-testid="hb-self-done" data-level={a.selfLevel}>
          {t("selfDone")}: <strong>{t(levelKey(a.selfLevel))}</strong>
          {a.selfTotal !== null && ` (${t("pointsValue", { points: a.selfTotal })})`}
        </p>
      ) : (
        <p>{t("selfNotYet")}</p>
      )}
      {a.canSelf && <p className="hb-when">{t("selfDue", { date: dmy(a.selfDueOn) })}</p>}
      {!a.canSelf && a.status !== "pending" && <p className="hb-muted">{t("selfWaiting")}</p>}
    </>
  );
}

/** The level a total reaches in the framework's bands. */
function bandOf(framework: RatingFramework, total: number): RatingLevel {
  const sorted = [...framework.bands].sort((x, y) => y.min - x.min);
  return sorted.find((b) => total >= b.min)?.level ?? "not_completed";
}

/** The criteria with their maximum, the total as typed, a level no higher than the total's band, a short text. */
function SelfForm({ assessment: a, onDone }: { assessment: MyAssessment; onDone: () => void }) {
  const { t } = useHandbookT();
  const submit = useSubmitSelf(a.cycleId);
  const framework = a.framework;
  const [typed, setTyped] = useState<Record<string, string>>(
    Object.fromEntries(Object.entries(a.selfPoints ?? {}).map(([k, v]) => [k, String(v)])),
  );
  const [level, setLevel] = useState<RatingLevel | null>(a.selfLevel);
  const [text, setText] = useState(a.selfText ?? "");
  const points = Object.fromEntries((framework?.criteria ?? []).map((c) => [c.id, Number(typed[c.id] || 0)]));
  const over = (framework?.criteria ?? []).filter((c) => (points[c.id] ?? 0) > c.max);
  const total = Object.values(points).reduce((s, p) => s + p, 0);
  const band = framework ? bandOf(framework, total) : null;
  const allowed = (l: RatingLevel) => !band || levels.indexOf(l) >= levels.indexOf(band);
  const chosen = level && allowed(level) ? level : null;
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    submit.mutate(
      { points: framework ? points : undefined, level: chosen, text: text.trim() || undefined },
      { onSuccess: onDone },
    );
  };
  const minOf = (l: RatingLevel) => framework?.bands.find((b) => b.level === l)?.min ?? 0;
  return (
    <form className="hb-form hb-self" onSubmit={send} data-testid="hb-self-form">
      {framework?.groups.map((group) => (
        <fieldset key={group.id} className="hb-group">
          <legend>{t("groupTitle", { label: group.label, max: group.max })}</legend>
          {framework.criteria
            .filter((c) => c.group === group.id)
            .map((c) => (
              <label key={c.id} className="hb-criterion">
                <span>{c.label}</span>
                <span className="hb-points">
                  <input
                    inputMode="numeric"
                    pattern="[0-9]*"
                    maxLength={3}
                    value={typed[c.id] ?? ""}
                    onChange={(e) => setTyped({ ...typed, [c.id]: e.target.value.replace(/\D/g, "") })}
                    aria-invalid={(points[c.id] ?? 0) > c.max}
                    data-testid={`hb-points-${c.id}`}
                  />
                  <span>/ {c.max}</span>
                </span>
              </label>
            ))}
        </fieldset>
      ))}
      {over.length > 0 && (
        <p className="hb-error" role="alert">
          {t("pointsOver", { label: over[0]?.label, max: over[0]?.max })}
        </p>
      )}
      {framework && (
        <p className="hb-total" data-testid="hb-self-total" aria-live="polite">
          {t("totalValue", { total })}
          {band && <span> → {t(levelKey(band))}</span>}
        </p>
      )}
      <fieldset className="hb-group">
        <legend>{t("selfLevel")}</legend>
        {levels.map((l) => (
          <label key={l} className={allowed(l) ? "hb-choice" : "hb-choice hb-choice-off"}>
            <input
              type="radio"
              name="level"
              value={l}
              checked={chosen === l}
              disabled={!allowed(l)}
              onChange={() => setLevel(l)}
              data-testid={`hb-level-${l}`}
            />
            <span>
              {t(levelKey(l))}
              {!allowed(l) && <small> {t("needsPoints", { min: minOf(l) })}</small>}
            </span>
          </label>
        ))}
      </fieldset>
      <label>
        {t("selfText")}
        <textarea
          rows={3}
          maxLength={4000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="hb-self-text"
        />
      </label>
      {submit.error && (
        <p className="hb-error" role="alert">
          {submit.error.message}
        </p>
      )}
      <button
        type="submit"
        className="hb-primary"
        disabled={!chosen || over.length > 0 || submit.isPending}
        data-testid="hb-self-send"
      >
        {t("selfSend")}
      </button>
    </form>
  );
}
