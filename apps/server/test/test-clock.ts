/** The tests' "now" and "today": a fixed Monday in late November 2026. */
export const testNow = new Date("2026-11-23T03:00:00Z");
export const today = "2026-11-23";
