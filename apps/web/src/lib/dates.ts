import dayjs, { type Dayjs } from "dayjs";

export const displayDateFormat = "DD/MM/YYYY";
const isoFormat = "YYYY-MM-DD";

/** `2024-03-01` → `01/03/2024`; empty for no date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = dayjs(iso);
  return date.isValid() ? date.format(displayDateFormat) : iso;
}

/** A timestamp → `01/03/2024 14:05` in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = dayjs(iso);
  return date.isValid() ? date.format(`${displayDateFormat} HH:mm`) : iso;
}

export function toIsoDate(date: Dayjs): string {
  return date.format(isoFormat);
}

export function todayIso(): string {
  return dayjs().format(isoFormat);
}

/** Parses `YYYY-MM-DD` strictly; null for anything else. */
export function parseIsoDate(value: string | null | undefined): Dayjs | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = dayjs(value);
  return date.isValid() && date.format(isoFormat) === value ? date : null;
}

/** A date picker value as an optional ISO date for a request body. */
export function optionalIso(date: Dayjs | null | undefined): string | undefined {
  return date ? toIsoDate(date) : undefined;
}
