import sanitizeHtml from 'sanitize-html';
import { LOCALES } from '../../../shared/locales.js';
import type { ProductInput } from '../../../shared/schemas/products.js';
import { cjkTerms, foldText } from '../../../shared/search-text.js';

/** Product descriptions keep structure only: no scripts, styles, links, images or attributes. */
export function sanitizeDescription(html: string | undefined): string | null {
  if (!html?.trim()) return null;
  const clean = sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'strong',
      'b',
      'em',
      'i',
      'u',
      'ul',
      'ol',
      'li',
      'h3',
      'h4',
      'blockquote',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    allowedAttributes: {},
    disallowedTagsMode: 'discard',
  }).trim();
  return clean || null;
}

/** The text search indexes: folded words of every language, Han bigrams of every language. */
export function searchFields(input: ProductInput, brandNames: (string | null)[]) {
  const parts: string[] = [input.modelNumber ?? '', ...brandNames.map((n) => n ?? '')];
  for (const locale of LOCALES) {
    const t = input.translations[locale];
    if (t) parts.push(t.name, t.keywords ?? '', t.sellingPoints ?? '');
  }
  const text = parts.filter(Boolean).join(' \u2022 ');
  return { searchDoc: foldText(text), searchCjk: cjkTerms(text) };
}

/** Exact decimal comparison of two non-negative decimal strings (no floats for money). */
export function compareDecimal(a: string, b: string): number {
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  const left = BigInt(ai + af.padEnd(width, '0'));
  const right = BigInt(bi + bf.padEnd(width, '0'));
  return left === right ? 0 : left < right ? -1 : 1;
}

export function priceRange(tiers: { unitPrice: string }[]): { minPrice: string; maxPrice: string } {
  const sorted = tiers.map((t) => t.unitPrice).sort(compareDecimal);
  return { minPrice: sorted[0]!, maxPrice: sorted[sorted.length - 1]! };
}
