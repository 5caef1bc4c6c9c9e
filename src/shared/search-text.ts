/**
 * Search text shared by indexing and querying. Latin and Cyrillic text is folded (lower
 * case, accents removed) and matched by trigrams; Chinese is matched by character bigrams
 * (and single characters), so 1–2 character words such as 螺栓 or 钢 are found by an index.
 */
const HAN = /\p{Script=Han}+/gu;

/** Lower case without diacritics: "Tornillo Cabeza Hexagonal" and "tornillo" meet; "ё" folds to "е". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

/** Every Han character and every pair of neighbours in each run of Han characters. */
export function cjkTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const run of text.match(HAN) ?? []) {
    const chars = [...run];
    chars.forEach((c, i) => {
      terms.add(c);
      if (i + 1 < chars.length) terms.add(c + chars[i + 1]);
    });
  }
  return [...terms];
}

export interface ParsedQuery {
  /** Han terms that must all be present: bigrams of each run, or the single character. */
  cjk: string[];
  /** Folded non-Han words, each of which must appear in the document. */
  words: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const cjk = new Set<string>();
  for (const run of query.match(HAN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) cjk.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) cjk.add(chars[i]! + chars[i + 1]!);
  }
  const rest = foldText(query.replace(HAN, ' '));
  const words = [...new Set(rest.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))].slice(0, 8);
  return { cjk: [...cjk].slice(0, 16), words };
}
