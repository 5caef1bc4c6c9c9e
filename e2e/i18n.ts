import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../src/shared/locales.js';

type Tree = { [key: string]: string | Tree };

const FEATURES = 'src/web/i18n/features';

function merge(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = typeof value === 'object' && typeof existing === 'object' ? merge({ ...existing }, value) : value;
  }
  return target;
}

/** The base catalog plus every feature catalog, merged as src/web/i18n/catalogs/*.ts do at runtime. */
function catalog(locale: Locale): Tree {
  const base = JSON.parse(readFileSync(`src/web/i18n/locales/${locale}.json`, 'utf8')) as Tree;
  if (!existsSync(FEATURES)) return base;
  return readdirSync(FEATURES).reduce((tree, feature) => {
    const file = `${FEATURES}/${feature}/${locale}.json`;
    return existsSync(file) ? merge(tree, JSON.parse(readFileSync(file, 'utf8')) as Tree) : tree;
  }, base);
}

const catalogs = Object.fromEntries(LOCALES.map((l) => [l, catalog(l)])) as Record<Locale, Tree>;

/** The UI's text for a key in a locale, as the user sees it (for non-English assertions). */
export function text(locale: Locale, key: string): string {
  let node: string | Tree | undefined = catalogs[locale];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No text for ${locale}:${key}`);
  return node;
}

export { LOCALES };
