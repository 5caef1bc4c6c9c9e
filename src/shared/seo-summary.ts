/**
 * A description for search results from longer text: one line, at most ~160 characters, cut at a
 * word. The same on the server (the page preview's meta description) and in the app (useSeo).
 */
export function seoSummary(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 160 ? flat : `${flat.slice(0, 157).replace(/\s\S*$/, '')}…`;
}
