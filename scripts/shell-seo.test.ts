import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/shared/locales.js';
import { shellSeo } from './shell-seo.js';

describe('shell titles and descriptions from the UI catalogs', () => {
  const table = shellSeo(path.resolve('src/web/i18n/locales'));

  it('has every public page in all four languages, titled as the app titles them', () => {
    for (const locale of LOCALES) {
      const pages = table[locale];
      for (const page of ['*', '/', '/to-be-suppliers', '/login', '/register']) {
        expect(pages[page]?.title, `${locale} ${page}`).toMatch(/Buttress Roots/);
      }
      for (const page of ['/', '/to-be-suppliers', '/login', '/register']) {
        expect(pages[page]?.description?.length, `${locale} ${page}`).toBeGreaterThan(8);
      }
      expect(pages['/to-be-suppliers']?.description).not.toContain('{{');
    }
    expect(table['zh-CN']['/login']?.title).toBe('登录 — Buttress Roots');
    expect(table.en['/register']?.description).toMatch(/^Create your account/);
  });
});
