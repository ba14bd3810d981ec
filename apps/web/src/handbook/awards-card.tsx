import { dmy } from "./format";
import { useMyAwards } from "./handbook.api";
import { useHandbookT } from "./handbook-i18n";

/** The member's commendations with their decisions; nothing shown until there is one. */
export function AwardsCard() {
  const { t } = useHandbookT();
  const awards = useMyAwards();
  const items = awards.data?.commendations ?? [];
  if (items.length === 0) return null;
  return (
    <>
      <h2>{t("awardsTitle")}</h2>
      <section className="hb-card" data-testid="hb-awards">
        <ul className="hb-levels">
          {items.map((c) => (
            <li key={c.id} data-testid="hb-award">
              <strong>{c.formLabel}</strong>
              {c.year ? ` (${c.year})` : ""}
              {c.decision && (
                <span className="hb-muted">
                  {" · "}
                  {t("awardDecision", {
                    number: c.decision.number,
                    date: dmy(c.decision.signedOn),
                    unit: c.decision.decidingUnitName,
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
