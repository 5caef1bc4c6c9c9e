import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../src/shared/locales.js';

type Tree = { [key: string]: string | Tree };

const catalogs = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(`src/web/i18n/locales/${l}.json`, 'utf8')) as Tree]),
) as Record<Locale, Tree>;

/** The UI's text for a key in a locale, as the user sees it (for non-English assertions). */
export function text(locale: Locale, key: string): string {
  let node: string | Tree | undefined = catalogs[locale];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No text for ${locale}:${key}`);
  return node;
}

export { LOCALES };
