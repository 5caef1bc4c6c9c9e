import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, isLocale, matchLocale, negotiateLocale, resolveLocale } from './locales.js';

describe('matchLocale', () => {
  it('matches our tags exactly, in any case and with surrounding spaces', () => {
    expect(matchLocale('zh-CN')).toBe('zh-CN');
    expect(matchLocale('ZH-cn')).toBe('zh-CN');
    expect(matchLocale(' ru ')).toBe('ru');
    expect(matchLocale('EN')).toBe('en');
  });

  it('maps other regions and scripts onto the same language', () => {
    expect(matchLocale('zh-TW')).toBe('zh-CN');
    expect(matchLocale('zh-Hans')).toBe('zh-CN');
    expect(matchLocale('zh-Hant-HK')).toBe('zh-CN');
    expect(matchLocale('zh')).toBe('zh-CN');
    expect(matchLocale('es-MX')).toBe('es');
    expect(matchLocale('es-419')).toBe('es');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('ru-UA')).toBe('ru');
  });

  it('returns undefined for languages we do not offer and for garbage', () => {
    expect(matchLocale('fr')).toBeUndefined();
    expect(matchLocale('de-DE')).toBeUndefined();
    expect(matchLocale('')).toBeUndefined();
    expect(matchLocale('   ')).toBeUndefined();
    expect(matchLocale('*')).toBeUndefined();
    expect(matchLocale('-')).toBeUndefined();
    // A tag that merely starts with one of our languages' letters is another language.
    expect(matchLocale('eng')).toBeUndefined();
    expect(matchLocale('rus')).toBeUndefined();
  });
});

describe('negotiateLocale', () => {
  it('returns undefined without a header', () => {
    expect(negotiateLocale(undefined)).toBeUndefined();
    expect(negotiateLocale('')).toBeUndefined();
  });

  it('takes the range with the highest q, not the first one', () => {
    expect(negotiateLocale('en;q=0.5, ru;q=0.9')).toBe('ru');
    expect(negotiateLocale('es;q=0.1,zh-CN;q=0.8,en;q=0.7')).toBe('zh-CN');
    // No q means q=1.
    expect(negotiateLocale('en;q=0.99, es')).toBe('es');
  });

  it('breaks ties by header order', () => {
    expect(negotiateLocale('ru, en')).toBe('ru');
    expect(negotiateLocale('en, ru')).toBe('en');
    expect(negotiateLocale('es;q=0.5, ru;q=0.5')).toBe('es');
    expect(negotiateLocale('ru;q=0.5, es;q=0.5')).toBe('ru');
  });

  it('excludes ranges with q=0 ("not acceptable")', () => {
    expect(negotiateLocale('ru;q=0, en;q=0.1')).toBe('en');
    expect(negotiateLocale('ru;q=0')).toBeUndefined();
    expect(negotiateLocale('ru;q=0.0, es;q=0.000')).toBeUndefined();
  });

  it('skips languages we do not offer and falls through to the next acceptable one', () => {
    expect(negotiateLocale('fr-FR, fr;q=0.9, de;q=0.8, es;q=0.7')).toBe('es');
    expect(negotiateLocale('ja, ko')).toBeUndefined();
  });

  it('maps region variants', () => {
    expect(negotiateLocale('zh-TW,zh;q=0.9')).toBe('zh-CN');
    expect(negotiateLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(negotiateLocale('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en');
  });

  it('tolerates whitespace and other parameters', () => {
    expect(negotiateLocale('  fr ;q=0.9 ,  ru ; q=0.95 ')).toBe('ru');
    expect(negotiateLocale('en;level=1;q=0.2, es;q=0.3')).toBe('es');
  });

  it('survives garbage without throwing', () => {
    expect(negotiateLocale(',,,;;;')).toBeUndefined();
    expect(negotiateLocale('q=1')).toBeUndefined();
    expect(negotiateLocale('*')).toBeUndefined();
    expect(negotiateLocale('\u0000\uffff')).toBeUndefined();
    // A q that is not a number is treated as unacceptable, so the valid range wins.
    expect(negotiateLocale('ru;q=abc, es;q=0.1')).toBe('es');
    expect(negotiateLocale('x'.repeat(10_000))).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  it('lets a valid cookie win over Accept-Language', () => {
    expect(resolveLocale('es', 'ru,en;q=0.5')).toBe('es');
    expect(resolveLocale('zh-CN', 'en')).toBe('zh-CN');
  });

  it('ignores an invalid cookie and negotiates from the header', () => {
    expect(resolveLocale('fr', 'ru,en;q=0.5')).toBe('ru');
    // Cookie values are exact: a differently cased or regional value is not a choice we made.
    expect(resolveLocale('ES', 'ru')).toBe('ru');
    expect(resolveLocale('zh-TW', 'en')).toBe('en');
    expect(resolveLocale('', 'es-MX')).toBe('es');
  });

  it('falls back to English', () => {
    expect(DEFAULT_LOCALE).toBe('en');
    expect(resolveLocale(undefined, undefined)).toBe('en');
    expect(resolveLocale('nope', 'fr, de;q=0.5')).toBe('en');
    expect(resolveLocale(undefined, 'ru;q=0')).toBe('en');
  });
});

describe('isLocale', () => {
  it('accepts exactly the four locales', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en', 'ru', 'es']);
    for (const l of LOCALES) expect(isLocale(l)).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isLocale('EN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(isLocale(42)).toBe(false);
  });
});
