import { describe, expect, it } from 'vitest';
import enCatalog from '../../i18n/locales/en.json' with { type: 'json' };
import esCatalog from '../../i18n/locales/es.json' with { type: 'json' };
import ruCatalog from '../../i18n/locales/ru.json' with { type: 'json' };
import zhCNCatalog from '../../i18n/locales/zh-CN.json' with { type: 'json' };
import en from './en.js';
import es from './es.js';
import ru from './ru.js';
import type { AgreementContent } from './types.js';
import zhCN from './zh-CN.js';

type Locale = 'en' | 'zh-CN' | 'ru' | 'es';
const agreements: Record<Locale, AgreementContent> = { en, 'zh-CN': zhCN, ru, es };
const terms: Record<Locale, Readonly<Record<string, string>>> = {
  en: enCatalog.terms,
  'zh-CN': zhCNCatalog.terms,
  ru: ruCatalog.terms,
  es: esCatalog.terms,
};
const TOKEN = /\{\{term:([^{}]*)\}\}/g;

const texts = (a: AgreementContent) => [a.intro, ...a.sections.flatMap((s) => [s.title, ...s.paragraphs])];

describe('user agreement content', () => {
  it('has the same sections, with the same number of paragraphs, in every locale', () => {
    const shape = (a: AgreementContent) => a.sections.map((s) => [s.id, s.paragraphs.length]);
    for (const locale of Object.keys(agreements) as Locale[]) {
      expect(shape(agreements[locale]), locale).toEqual(shape(en));
    }
    expect(en.sections.length).toBeGreaterThanOrEqual(10);
  });

  it('has no empty text and only tokens that name existing terms', () => {
    for (const locale of Object.keys(agreements) as Locale[]) {
      for (const text of texts(agreements[locale])) {
        expect(text.trim(), locale).not.toBe('');
        for (const [, key = ''] of text.matchAll(TOKEN)) {
          expect(Object.hasOwn(terms[locale], key), `${locale}: unknown term ${key}`).toBe(true);
        }
        expect(/\{\{|\}\}/.test(text.replace(TOKEN, '')), `${locale}: malformed token`).toBe(false);
      }
    }
  });
});
