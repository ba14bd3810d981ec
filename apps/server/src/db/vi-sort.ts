/**
 * The JavaScript twin of the SQL functions vi_sort_key / vi_name_sort_key (migration 0001): the same key, computed
 * where rows are written so that sorting members costs the database nothing (the SQL version takes ~100 µs a
 * name). A test checks both give identical keys.
 */
const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
// Everything but the word markers, spaces and the five tone marks (combining characters listed on purpose).
// biome-ignore lint/complexity/useRegexLiterals: a literal would trip noMisleadingCharacterClass for these marks.
const notToneKey = new RegExp("[^0 \u0300\u0309\u0303\u0301\u0323]", "g");
const letters = "a\u0103\u00e2bcd\u0111e\u00eafghijklmno\u00f4\u01a1pqrstu\u01b0vwxyz";
const codes = "ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`ab";
const codeOf = new Map([...letters].map((letter, i) => [letter, codes[i] as string]));
const toneDigit: Record<string, string> = { "\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5" };

/** Vietnamese alphabetical key of a text: letters in alphabet order, then one tone digit per word. */
export function viSortKey(value: string): string {
  const s = value.toLowerCase().normalize("NFD");
  const base = s
    .replace(tones, "")
    .replaceAll("a\u0306", "\u0103")
    .replaceAll("a\u0302", "\u00e2")
    .replaceAll("e\u0302", "\u00ea")
    .replaceAll("o\u0302", "\u00f4")
    .replaceAll("o\u031b", "\u01a1")
    .replaceAll("u\u031b", "\u01b0");
  let primary = "";
  for (const ch of base) primary += codeOf.get(ch) ?? ch;
  const marked = s.replace(/[^ ]+/g, (word) => `0${word}`).replace(notToneKey, "");
  let toneKey = "";
  for (const ch of marked) toneKey += toneDigit[ch] ?? ch;
  return `${primary}\u0001${toneKey}`;
}

/** Vietnamese names sort by given name (the last word), then the middle names, then the family name. */
export function viNameSortKey(fullName: string): string {
  const words = fullName.replace(/\s+/g, " ").trim().split(" ");
  const given = words[words.length - 1] ?? "";
  const middle = words.slice(1, -1).join(" ");
  return `${viSortKey(given)}\u0002${viSortKey(middle)}\u0002${viSortKey(words[0] ?? "")}`;
}
