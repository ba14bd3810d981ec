/** dd/mm/yyyy for an ISO date. */
export function dmy(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/** dd/mm/yyyy HH:mm in Vietnam time for an ISO instant. */
export function dmyTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  return `${dmy(local)} ${local.slice(11, 16)}`;
}
