import { describe, expect, it } from 'vitest';
import { PAGE_PATTERNS, isKnownPage, localizedPath, splitLocalePath } from './routes.js';

describe('splitLocalePath', () => {
  it('splits a locale prefix from the rest of the path', () => {
    expect(splitLocalePath('/ru/to-be-suppliers')).toEqual({ locale: 'ru', rest: '/to-be-suppliers' });
    expect(splitLocalePath('/zh-CN/login')).toEqual({ locale: 'zh-CN', rest: '/login' });
    expect(splitLocalePath('/es/a/b/c')).toEqual({ locale: 'es', rest: '/a/b/c' });
  });

  it('treats the locale root with or without a trailing slash as "/"', () => {
    expect(splitLocalePath('/en/')).toEqual({ locale: 'en', rest: '/' });
    expect(splitLocalePath('/en')).toEqual({ locale: 'en', rest: '/' });
  });

  it('drops the query string and the fragment', () => {
    expect(splitLocalePath('/ru/to-be-suppliers?x=1')).toEqual({ locale: 'ru', rest: '/to-be-suppliers' });
    expect(splitLocalePath('/es/login#top')).toEqual({ locale: 'es', rest: '/login' });
    expect(splitLocalePath('/to-be-suppliers?lang=ru')).toEqual({ locale: undefined, rest: '/to-be-suppliers' });
  });

  it('returns no locale when the first segment is not exactly one of ours', () => {
    expect(splitLocalePath('/to-be-suppliers')).toEqual({ locale: undefined, rest: '/to-be-suppliers' });
    expect(splitLocalePath('/fr/login')).toEqual({ locale: undefined, rest: '/fr/login' });
    expect(splitLocalePath('/zh-cn/login')).toEqual({ locale: undefined, rest: '/zh-cn/login' });
    expect(splitLocalePath('/zh/login')).toEqual({ locale: undefined, rest: '/zh/login' });
    expect(splitLocalePath('/english/')).toEqual({ locale: undefined, rest: '/english/' });
    expect(splitLocalePath('/')).toEqual({ locale: undefined, rest: '/' });
    expect(splitLocalePath('')).toEqual({ locale: undefined, rest: '/' });
  });
});

describe('localizedPath', () => {
  it('swaps the locale and keeps the rest of the path', () => {
    expect(localizedPath('es', '/ru/to-be-suppliers')).toBe('/es/to-be-suppliers');
    expect(localizedPath('zh-CN', '/en/a/b')).toBe('/zh-CN/a/b');
    expect(localizedPath('ru', '/ru/login')).toBe('/ru/login');
  });

  it('maps a locale root to the other locale root', () => {
    expect(localizedPath('ru', '/en/')).toBe('/ru/');
    expect(localizedPath('ru', '/en')).toBe('/ru/');
  });

  it('adds a locale to a path that has none', () => {
    expect(localizedPath('es', '/to-be-suppliers')).toBe('/es/to-be-suppliers');
    expect(localizedPath('en', '/')).toBe('/en/');
  });

  it('does not carry the query string over', () => {
    expect(localizedPath('en', '/ru/login?next=/x')).toBe('/en/login');
  });
});

describe('isKnownPage', () => {
  it('knows every page of the web app', () => {
    for (const page of PAGE_PATTERNS) expect(isKnownPage(`/${page}`), page).toBe(true);
    expect(isKnownPage('/')).toBe(true);
    expect(isKnownPage('')).toBe(true);
    expect(isKnownPage('/to-be-suppliers/')).toBe(true);
  });

  it('rejects anything else', () => {
    expect(isKnownPage('/does-not-exist')).toBe(false);
    expect(isKnownPage('/to-be-suppliers/extra')).toBe(false);
    expect(isKnownPage('/login/x')).toBe(false);
    expect(isKnownPage('/Login')).toBe(false);
  });

  it('matches ":name" against exactly one segment', () => {
    const patterns = ['products/:id', 'products/:id/edit'];
    expect(isKnownPage('/products/42', patterns)).toBe(true);
    expect(isKnownPage('/products/42/edit', patterns)).toBe(true);
    expect(isKnownPage('/products', patterns)).toBe(false);
    expect(isKnownPage('/products/42/delete', patterns)).toBe(false);
    expect(isKnownPage('/products/42/edit/more', patterns)).toBe(false);
    expect(isKnownPage('/', patterns)).toBe(false);
  });
});
