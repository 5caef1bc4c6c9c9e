import { describe, expect, it } from 'vitest';
import enCatalog from '../../i18n/locales/en.json' with { type: 'json' };
import esCatalog from '../../i18n/locales/es.json' with { type: 'json' };
import ruCatalog from '../../i18n/locales/ru.json' with { type: 'json' };
import zhCNCatalog from '../../i18n/locales/zh-CN.json' with { type: 'json' };
import en from './en.js';
import es from './es.js';
import ru from './ru.js';
import type { GuideContent, GuideSection } from './types.js';
import zhCN from './zh-CN.js';

type Locale = 'en' | 'zh-CN' | 'ru' | 'es';
type Terms = Readonly<Record<string, string>>;

const guides: Record<Locale, GuideContent> = { en, 'zh-CN': zhCN, ru, es };
const locales = Object.keys(guides) as Locale[];

// The JSON imports are typed from the files themselves, so a non-string term fails to compile here.
const catalogs: Record<Locale, Terms> = {
  en: enCatalog.terms,
  'zh-CN': zhCNCatalog.terms,
  ru: ruCatalog.terms,
  es: esCatalog.terms,
};

const TOKEN = /\{\{term:([^{}]*)\}\}/g;

/** Every human-readable string of a guide, labelled with where it lives. */
function allStrings(guide: GuideContent): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [
    { where: 'title', text: guide.title },
    { where: 'intro', text: guide.intro },
  ];
  const walk = (sections: GuideSection[]): void => {
    for (const s of sections) {
      out.push({ where: `${s.id}.title`, text: s.title });
      s.body.forEach((p, i) => out.push({ where: `${s.id}.body[${i}]`, text: p }));
      if (s.children) walk(s.children);
    }
  };
  walk(guide.sections);
  return out;
}

function allSections(guide: GuideContent): GuideSection[] {
  const out: GuideSection[] = [];
  const walk = (sections: GuideSection[]): void => {
    for (const s of sections) {
      out.push(s);
      if (s.children) walk(s.children);
    }
  };
  walk(guide.sections);
  return out;
}

interface Shape {
  id: string;
  number: string;
  children: Shape[];
}

function shape(sections: GuideSection[]): Shape[] {
  return sections.map((s) => ({ id: s.id, number: s.number, children: shape(s.children ?? []) }));
}

function tokenKeys(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1] ?? '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const leaf = (id: string, number: string): Shape => ({ id, number, children: [] });

const expectedShape: Shape[] = [
  {
    id: 's1',
    number: '1',
    children: [leaf('s1-1', '1.1'), leaf('s1-2', '1.2'), leaf('s1-3', '1.3'), leaf('s1-4', '1.4')],
  },
  { id: 's2', number: '2', children: [leaf('s2-1', '2.1'), leaf('s2-2', '2.2')] },
  { id: 's3', number: '3', children: [leaf('s3-1', '3.1'), leaf('s3-2', '3.2')] },
  {
    id: 's4',
    number: '4',
    children: [leaf('s4-1', '4.1'), leaf('s4-2', '4.2'), leaf('s4-3', '4.3'), leaf('s4-4', '4.4')],
  },
  {
    id: 's5',
    number: '5',
    children: [
      leaf('s5-1', '5.1'),
      leaf('s5-2', '5.2'),
      {
        id: 's5-3',
        number: '5.3',
        children: [leaf('s5-3-1', '5.3.1'), leaf('s5-3-2', '5.3.2')],
      },
      leaf('s5-4', '5.4'),
    ],
  },
];

describe('supplier guide content', () => {
  it('has the expected id/number tree in every locale', () => {
    for (const locale of locales) {
      expect(shape(guides[locale].sections), locale).toEqual(expectedShape);
    }
  });

  it('derives every id from its number', () => {
    for (const locale of locales) {
      for (const s of allSections(guides[locale])) {
        expect(s.id, `${locale} ${s.number}`).toBe(`s${s.number.replaceAll('.', '-')}`);
      }
    }
  });

  it('has intro paragraphs for sections 3, 4 and 5', () => {
    for (const locale of locales) {
      for (const id of ['s3', 's4', 's5']) {
        const section = guides[locale].sections.find((s) => s.id === id);
        expect(section?.body.length ?? 0, `${locale} ${id}`).toBeGreaterThan(0);
      }
    }
  });

  it('has no empty strings', () => {
    for (const locale of locales) {
      for (const { where, text } of allStrings(guides[locale])) {
        expect(text.trim(), `${locale} ${where}`).not.toBe('');
      }
    }
  });

  it('only uses well-formed tokens that exist in the locale catalog', () => {
    for (const locale of locales) {
      const terms = catalogs[locale];
      for (const { where, text } of allStrings(guides[locale])) {
        for (const key of tokenKeys(text)) {
          expect(Object.hasOwn(terms, key), `${locale} ${where}: unknown term "${key}"`).toBe(true);
        }
        const rest = text.replace(TOKEN, '');
        expect(rest.includes('{{') || rest.includes('}}'), `${locale} ${where}: malformed token`).toBe(false);
      }
    }
  });

  it('uses the same set of terms in every locale', () => {
    const used = (locale: Locale): string[] =>
      [...new Set(allStrings(guides[locale]).flatMap(({ text }) => tokenKeys(text)))].sort();
    for (const locale of locales) {
      expect(used(locale), locale).toEqual(used('en'));
    }
  });

  it('names all the required UI elements with tokens in English', () => {
    const used = new Set(allStrings(en).flatMap(({ text }) => tokenKeys(text)));
    const required = [
      'login',
      'register',
      'forgotPassword',
      'submit',
      'supplierAuthentication',
      'nextStep',
      'supplier',
      'supplierManagement',
      'licensedBrands',
      'privateBrands',
      'agencyBrands',
      'newBrand',
      'newAgencyBrand',
      'newProducts',
      'newProduct',
      'unavailable',
      'orderManagement',
      'waitingForPerfection',
      'viewDetails',
      'invoiceAndContract',
      'userAgreement',
    ];
    for (const key of required) {
      expect(used.has(key), `missing {{term:${key}}}`).toBe(true);
    }
  });

  it('never spells an English UI name literally outside tokens', () => {
    // Case-sensitive, whole-word match (so "Suppliers" or "Submitting" are not "Supplier"/"Submit").
    const patterns = Object.entries(catalogs.en).map(
      ([key, value]) => [key, new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'u')] as const,
    );
    for (const locale of locales) {
      for (const { where, text } of allStrings(guides[locale])) {
        const plain = text.replace(TOKEN, ' ');
        for (const [key, pattern] of patterns) {
          expect(pattern.test(plain), `${locale} ${where}: literal "${catalogs.en[key] ?? key}"`).toBe(false);
        }
      }
    }
  });
});
