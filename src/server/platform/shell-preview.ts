import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml } from './html.js';

/**
 * The page preview (issue 16, item 5): what a public page shows at the top, written into the HTML
 * shell's `#root` by the server so the first paint has the page's headline and picture before any
 * script has run, and crawlers read the content in the page's language. The React app replaces it
 * as a whole when it renders (createRoot, not hydration): the preview is built from the same
 * class names, so the swap neither moves anything on screen nor changes what is largest.
 * docs/decisions/0015-page-preview.md.
 */

/** A UI word in the page's language (dist/web/.vite/shell-text.json, written by `vite build`). */
export type ShellText = (key: string, vars?: Record<string, string>) => string;

/** What a module previews for one of its pages. */
export interface PagePreview {
  /** The content of `<main>`, already escaped HTML. */
  main: string;
  /** The page's own title and description (product, supplier…), replacing the shell's. */
  title?: string;
  description?: string;
}

export type PagePreviewProvider = (page: {
  locale: string;
  /** The path without its locale, e.g. `/products/<id>`. */
  path: string;
  query: URLSearchParams;
  text: ShellText;
}) => Promise<PagePreview | undefined>;

export function loadShellText(webDistDir: string): (locale: string) => ShellText | undefined {
  const file = path.join(webDistDir, '.vite', 'shell-text.json');
  if (!existsSync(file)) return () => undefined;
  const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string> | undefined>;
  return (locale) => {
    const words = table[locale];
    if (!words) return undefined;
    return (key, vars = {}) => (words[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_m, name: string) => vars[name] ?? '');
  };
}

/** The header as the app draws it for a visitor (src/web/components/Header.tsx), without its controls. */
function previewHeader(t: ShellText, locale: string, phone: string): string {
  const tel = phone.replace(/[^+\d]/g, '');
  return (
    `<header class="site-header"><div class="topbar"><div class="container topbar-inner">` +
    `<span class="support">${escapeHtml(t('terms.customerSupport'))} ` +
    (phone ? `<a href="tel:${escapeHtml(tel)}" class="support-phone">${escapeHtml(phone)}</a>` : '') +
    `</span></div></div><div class="container header-inner">` +
    `<a class="logo" aria-label="${escapeHtml(t('common.homeLink'))}" href="/${locale}/">` +
    `<img alt="" width="32" height="32" src="/favicon.svg"><span>${escapeHtml(t('common.brandName'))}</span></a>` +
    `<nav class="main-nav" aria-label="${escapeHtml(t('nav.main'))}"><a href="/${locale}/">${escapeHtml(t('terms.home'))}</a>` +
    `<a href="/${locale}/to-be-suppliers">${escapeHtml(t('terms.toBeSuppliers'))}</a></nav></div></header>`
  );
}

/** Home > … > the current page, as src/web/components/Breadcrumb.tsx draws it. */
export function previewBreadcrumb(
  t: ShellText,
  locale: string,
  current: string,
  between: { label: string; href: string }[] = [],
): string {
  const separator = '<span aria-hidden="true"> &gt; </span>';
  const links = [{ label: t('terms.home'), href: `/${locale}/` }, ...between]
    .map((item) => `<a href="${escapeHtml(item.href)}">${escapeHtml(item.label)}</a>${separator}`)
    .join('');
  return (
    `<nav class="breadcrumb" aria-label="${escapeHtml(t('nav.breadcrumb'))}">${links}` +
    `<span aria-current="page">${escapeHtml(current)}</span></nav>`
  );
}

/** The home page's hero and the guide's headline: words only, no data. */
export const staticPreviews: PagePreviewProvider = async ({ locale, path: pagePath, text: t }) => {
  if (pagePath === '/' || pagePath === '') {
    const facts = ['home.factLanguages', 'home.factVerified', 'home.factContracts']
      .map((key) => `<li>${escapeHtml(t(key))}</li>`)
      .join('');
    const register = `/${locale}/register?${new URLSearchParams({ next: `/${locale}/account/buyer` })}`;
    return {
      main:
        `<section class="hero"><div class="container"><h1>${escapeHtml(t('home.heroTitle'))}</h1>` +
        `<p class="hero-lead">${escapeHtml(t('home.heroLead'))}</p><div class="hero-actions">` +
        `<a class="btn btn-primary btn-lg" href="/${locale}/to-be-suppliers">${escapeHtml(t('home.ctaSupplier'))}</a>` +
        `<a class="btn btn-light btn-lg" href="${escapeHtml(register)}">${escapeHtml(t('home.ctaBuyer'))}</a>` +
        `</div><ul class="hero-facts">${facts}</ul></div></section>`,
    };
  }
  if (pagePath === '/to-be-suppliers') {
    const title = t('terms.toBeSuppliers');
    return {
      main:
        `<div class="container guide">${previewBreadcrumb(t, locale, title)}<h1>${escapeHtml(title)}</h1>` +
        `<p class="lead">${escapeHtml(t('guide.intro'))}</p></div>`,
    };
  }
  return undefined;
};

/** The first provider that knows the page answers; a failing one only costs the preview. */
export function firstPreview(providers: PagePreviewProvider[]): PagePreviewProvider {
  return async (page) => {
    for (const provider of providers) {
      const preview = await provider(page);
      if (preview) return preview;
    }
    return undefined;
  };
}

/** `#root`'s content: the app's page frame with the header and the page's preview. */
export function previewRoot(t: ShellText, locale: string, phone: string, preview: PagePreview): string {
  return `<div class="page">${previewHeader(t, locale, phone)}<main class="main" id="main">${preview.main}</main></div>`;
}
