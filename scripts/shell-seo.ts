import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { LOCALES, type Locale } from '../src/shared/locales.js';
import { guideFor } from '../src/web/content/guide/index.js';
import { type Tree, withFeatures } from '../src/web/i18n/merge.js';

/** A page's title and description in one language, as the web app itself sets them. */
export interface ShellSeo {
  title: string;
  description?: string;
}

type Catalog = Record<string, unknown>;

function lookup(catalog: Catalog, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Catalog | undefined)?.[part], catalog);
  if (typeof value !== 'string') throw new Error(`shell-seo: no string at ${key}`);
  return value;
}

/**
 * Per language and page path (without the locale): the title ("Page — Buttress Roots", as
 * usePageTitle writes it) and the description (as useSeo does) of the public pages whose words come
 * from the UI catalogs and the guide. `'*'` is every other page: the site's own title. The server
 * writes them into the shell (web-app.ts), so crawlers and the first paint have them without
 * running the app (issue 16, item 5/6).
 */
export function shellSeo(localesDir: string): Record<Locale, Record<string, ShellSeo>> {
  const result = {} as Record<Locale, Record<string, ShellSeo>>;
  for (const locale of LOCALES) {
    const catalog = JSON.parse(readFileSync(path.join(localesDir, `${locale}.json`), 'utf8')) as Catalog;
    const t = (key: string) => lookup(catalog, key);
    const site = t('common.brandName');
    const page = (title: string, description?: string): ShellSeo => ({ title: `${title} — ${site}`, description });
    const guide = guideFor(locale);
    result[locale] = {
      '*': { title: `${site} — ${t('home.tagline')}` },
      '/': { title: `${site} — ${t('home.tagline')}`, description: t('home.heroLead') },
      '/to-be-suppliers': page(
        t('terms.toBeSuppliers'),
        guide.intro.replace(/\{\{term:([A-Za-z]+)\}\}/g, (_m, key: string) => t(`terms.${key}`)),
      ),
      '/login': page(t('terms.login'), t('auth.login.lead')),
      '/register': page(t('terms.register'), t('auth.register.lead')),
    };
  }
  return result;
}

/**
 * The UI words the server's page preview uses (src/server/platform/shell-preview.ts): the header,
 * the home page's hero, the guide's headline, the catalog's headings. Taken from the same catalogs
 * as the app (base and features), so the preview says what the app will say.
 */
export const SHELL_TEXT_KEYS = [
  'common.brandName',
  'common.homeLink',
  'terms.customerSupport',
  'terms.home',
  'terms.toBeSuppliers',
  'nav.main',
  'nav.breadcrumb',
  'home.heroTitle',
  'home.heroLead',
  'home.ctaSupplier',
  'home.ctaBuyer',
  'home.factLanguages',
  'home.factVerified',
  'home.factContracts',
  'catalog.search.title',
  'catalog.search.resultsFor',
  'publicSupplier.verified',
] as const;

export function shellText(localesDir: string): Record<Locale, Record<string, string>> {
  const featuresDir = path.join(localesDir, '..', 'features');
  const result = {} as Record<Locale, Record<string, string>>;
  for (const locale of LOCALES) {
    const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Tree;
    const features = Object.fromEntries(
      readdirSync(featuresDir).map((feature) => [feature, read(path.join(featuresDir, feature, `${locale}.json`))]),
    );
    const catalog = withFeatures(read(path.join(localesDir, `${locale}.json`)), features);
    result[locale] = Object.fromEntries(SHELL_TEXT_KEYS.map((key) => [key, lookup(catalog, key)]));
    result[locale]['guide.intro'] = guideFor(locale).intro.replace(/\{\{term:([A-Za-z]+)\}\}/g, (_m, key: string) =>
      lookup(catalog, `terms.${key}`),
    );
  }
  return result;
}

/** `vite build`: writes dist/web/.vite/seo.json and shell-text.json beside the manifest (never served). */
export function shellSeoPlugin(): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'buttress-shell-seo',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    closeBundle() {
      mkdirSync(path.join(outDir, '.vite'), { recursive: true });
      writeFileSync(
        path.join(outDir, '.vite', 'seo.json'),
        JSON.stringify(shellSeo(path.join(root, 'i18n', 'locales'))),
      );
      writeFileSync(
        path.join(outDir, '.vite', 'shell-text.json'),
        JSON.stringify(shellText(path.join(root, 'i18n', 'locales'))),
      );
    },
  };
}
