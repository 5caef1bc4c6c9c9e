/**
 * Message text is plain text (issue 14, "Safety"): it is never parsed as HTML. Links are found
 * with a regular expression and only http(s) URLs become links; everything else, `javascript:`
 * and markup included, stays text that React escapes.
 */

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * A run starting with http:// or https:// up to whitespace or a character that cannot be in a
 * link (message text has no control characters: the API refuses them).
 */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/giu;
/** Trailing punctuation belongs to the sentence, not the link ("see https://a.example/x."). */
const TRAILING = /[.,;:!?)\]}'"»。，；：！？）】]+$/u;

/** The URL when it is a well-formed http(s) URL, else null. */
export function safeHref(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}

export function linkify(body: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const push = (text: string) => {
    if (!text) return;
    const previous = parts.at(-1);
    if (previous?.kind === 'text') previous.text += text;
    else parts.push({ kind: 'text', text });
  };
  for (const match of body.matchAll(URL_PATTERN)) {
    const start = match.index;
    let candidate = match[0];
    // Keep a closing bracket that has its opening one inside the link (Wikipedia-style URLs).
    const trailing = TRAILING.exec(candidate)?.[0] ?? '';
    if (trailing) {
      const opened = (candidate.match(/\(/g) ?? []).length;
      const closed = (candidate.match(/\)/g) ?? []).length;
      const keep = trailing.startsWith(')') && opened >= closed ? 1 : 0;
      candidate = candidate.slice(0, candidate.length - trailing.length + keep);
    }
    const href = safeHref(candidate);
    push(body.slice(last, start));
    if (href) parts.push({ kind: 'link', text: candidate, href });
    else push(candidate);
    last = start + candidate.length;
  }
  push(body.slice(last));
  return parts;
}
