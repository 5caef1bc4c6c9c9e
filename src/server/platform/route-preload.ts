import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The public pages that are lazy routes in src/web/router.tsx, by their path without the locale,
 * and the module each one loads. Landing on one of them, the browser would fetch the entry chunk,
 * run it, and only then ask for the page's chunk: the shell names that chunk (and its CSS) up front
 * instead, so both download in parallel (issue 16, item 4). Pages left out simply load as before.
 * The same for the page's language catalog.
 */
const LAZY_PUBLIC_PAGES: Record<string, string> = {
  '/to-be-suppliers': 'routes/ToBeSuppliersPage.tsx',
  '/login': 'routes/LoginPage.tsx',
  '/register': 'routes/RegisterPage.tsx',
  '/forgot-password': 'routes/ForgotPasswordPage.tsx',
  '/reset-password': 'routes/ResetPasswordPage.tsx',
  '/agreement': 'routes/AgreementPage.tsx',
};

/**
 * Stylesheets a language needs before the first paint. Chinese: the Noto Sans SC web font's
 * unicode-range rules (src/web/styles/cjk-font.css). Declared up front, the browser fetches a slice
 * only for characters no installed font earlier in the stack covers (none on a phone with PingFang
 * SC or Noto Sans CJK); added by script after the first render instead, Chromium kept drawing the
 * text it had already laid out as empty boxes on a system without any CJK font.
 */
const LOCALE_STYLES: Record<string, string> = { 'zh-CN': 'styles/cjk-font.css' };

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

/** Reads Vite's build manifest (`build.manifest`, dist/web/.vite/manifest.json); none: no preloads. */
export function loadRoutePreloads(webDistDir: string): (pagePath: string, locale: string) => string {
  const file = path.join(webDistDir, '.vite', 'manifest.json');
  if (!existsSync(file)) return () => '';
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  // What the shell already loads: the entry and everything it imports statically.
  const inShell = new Set<string>();
  const walk = (key: string, into: Set<string>) => {
    if (into.has(key) || !manifest[key]) return;
    into.add(key);
    for (const dep of manifest[key].imports ?? []) walk(dep, into);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) walk(key, inShell);

  const tags = new Map<string, string>();
  for (const [page, source] of Object.entries(LAZY_PUBLIC_PAGES)) {
    if (!manifest[source]) continue;
    const chunks = new Set<string>();
    walk(source, chunks);
    const links: string[] = [];
    for (const key of chunks) {
      if (inShell.has(key)) continue;
      const chunk = manifest[key];
      if (!chunk) continue;
      for (const css of chunk.css ?? []) links.push(`<link rel="stylesheet" crossorigin href="/${css}">`);
      links.push(`<link rel="modulepreload" crossorigin href="/${chunk.file}">`);
    }
    tags.set(page, [...new Set(links)].join(''));
  }
  // The language's catalog is a lazy chunk too (src/web/i18n/index.ts; English is in the entry),
  // and the first render waits for it.
  const catalogs = new Map<string, string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    const match = /^i18n\/catalogs\/([A-Za-z-]+)\.ts$/.exec(key);
    if (match?.[1] && !inShell.has(key)) {
      catalogs.set(match[1], `<link rel="modulepreload" crossorigin href="/${chunk.file}">`);
    }
  }
  for (const [locale, source] of Object.entries(LOCALE_STYLES)) {
    const file = manifest[source]?.file;
    if (file) catalogs.set(locale, `${catalogs.get(locale) ?? ''}<link rel="stylesheet" href="/${file}">`);
  }
  return (pagePath, locale) => (catalogs.get(locale) ?? '') + (tags.get(pagePath.replace(/\/+$/, '') || '/') ?? '');
}
