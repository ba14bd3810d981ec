/** Folds Vietnamese text for accent-insensitive matching: "Sở Tài chính" → "so tai chinh". */
export function unaccent(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** The words of a search box, folded; empty when nothing was typed. */
export function searchTokens(query: string): string[] {
  return unaccent(query).split(/\s+/).filter(Boolean);
}

/** True when every token occurs in the folded text. */
export function matchesTokens(text: string, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  const folded = unaccent(text);
  return tokens.every((token) => folded.includes(token));
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into matched and unmatched parts for highlighting. Folding is done one character at a time so
 * that positions in the folded text point back into the original.
 */
export function highlightParts(text: string, tokens: readonly string[]): TextPart[] {
  const chars = Array.from(text);
  const folded = chars.map((c) => unaccent(c));
  const flat = folded.join("");
  const owner: number[] = [];
  folded.forEach((f, i) => {
    for (let k = 0; k < f.length; k++) owner.push(i);
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const token of tokens) {
    for (let at = flat.indexOf(token); at >= 0; at = flat.indexOf(token, at + 1)) {
      for (let k = at; k < at + token.length; k++) {
        const index = owner[k];
        if (index !== undefined) marked[index] = true;
      }
    }
  }
  const parts: TextPart[] = [];
  chars.forEach((c, i) => {
    const match = marked[i] ?? false;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += c;
    else parts.push({ text: c, match });
  });
  return parts;
}
