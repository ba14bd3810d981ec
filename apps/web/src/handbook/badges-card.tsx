import { dmy } from "./format";
import { useMyBadges } from "./handbook.api";
import { useHandbookT } from "./handbook-i18n";

/** The party badges the member received, with their numbers (the next one is on the first card). */
export function BadgesCard() {
  const { t } = useHandbookT();
  const badges = useMyBadges();
  const received = badges.data?.badges ?? [];
  if (received.length === 0) return null;
  const detail = { reissue: "badgeReissued", posthumous: "badgePosthumous" } as const;
  return (
    <>
      <h2>{t("badgesTitle")}</h2>
      <section className="hb-card" data-testid="hb-badges">
        {received.map((b) => (
          <div key={b.id} data-testid="hb-badge">
            <strong>{t("badgeReceived", { years: b.milestone })}</strong>
            <p className="hb-muted">
              {t(detail[b.kind as keyof typeof detail] ?? "badgeDetail", {
                date: dmy(b.awardDate),
                number: b.badgeNumber,
              })}
            </p>
          </div>
        ))}
      </section>
    </>
  );
}

/**
 * The next badge on the member's first card: the server's answer that counts the badges decided (one decided for a
 * coming award day stays next until that day), the summary's until it arrives.
 */
export function NextBadge({ fallback }: { fallback: { years: number; on: string } | null }) {
  const { t } = useHandbookT();
  const badges = useMyBadges();
  const mine = badges.data?.next;
  const next = badges.data ? mine && { years: mine.milestone, on: mine.awardOn } : fallback;
  if (!next) return null;
  return (
    <p className="hb-badge" data-testid="hb-next-badge">
      {t("nextBadge", { years: next.years, date: dmy(next.on) })}
    </p>
  );
}
