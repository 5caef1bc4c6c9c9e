import { DEFAULT_LOCALE, type Locale } from '../../../shared/locales.js';
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };
const CATALOGS: Record<Locale, Tree> = { 'zh-CN': zhCN, en, ru, es };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * Server-side messages (emails, PDFs) in the recipient's language. `npm run check:i18n`
 * keeps the four catalogs complete; English is the fallback for a missing key.
 */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = lookup(CATALOGS[locale], key) ?? lookup(CATALOGS[DEFAULT_LOCALE], key);
  if (template === undefined) throw new Error(`Missing server message ${key}`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Date and time for emails, in the recipient's language and the platform's time zone (UTC+8 by default). */
export function formatDateTime(locale: Locale, date: Date, timeZone = 'Asia/Shanghai'): string {
  // Explicit fields: Intl throws a TypeError when dateStyle/timeStyle are combined with timeZoneName.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}
