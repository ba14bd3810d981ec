import { useSearchParams } from "react-router";
import { parseIsoDate, todayIso } from "../../lib/dates";

/**
 * The "as of" date of the organisation pages, kept in the URL (`?asOf=YYYY-MM-DD`) so that a view can be shared.
 * Absent, invalid or today's date all mean today.
 */
export function useAsOf() {
  const [params, setParams] = useSearchParams();
  const raw = params.get("asOf");
  const asOf = raw && parseIsoDate(raw) && raw !== todayIso() ? raw : undefined;

  function setAsOf(date: string | undefined) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (date && date !== todayIso()) next.set("asOf", date);
        else next.delete("asOf");
        return next;
      },
      { replace: false },
    );
  }

  /** A link to another organisation page that keeps the date. */
  function withAsOf(path: string): string {
    return asOf ? `${path}?asOf=${asOf}` : path;
  }

  return { asOf, setAsOf, withAsOf };
}
