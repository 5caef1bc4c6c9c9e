import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../shared/locales.js';
import {
  browse,
  categoryId,
  createProduct,
  createCatalogTestApp,
  insertBrand,
  productBody,
  publish,
  seller,
  text,
  type CatalogTestApp,
  type ProductBody,
  type Seller,
} from '../../test/catalog-fixtures.js';

let t: CatalogTestApp;
let s1: Seller;
let s2: Seller;
let secondBrand: string;
const category: Record<string, string> = {};
/** Product ids by short name. */
const p: Record<string, string> = {};

type Names = [zh: string, en: string, ru: string, es: string];
const texts = ([zh, en, ru, es]: Names): ProductBody['translations'] => ({
  'zh-CN': text(zh),
  en: text(en),
  ru: text(ru),
  es: text(es),
});
const tiers = (moq: number, ...prices: string[]) =>
  prices.map((unitPrice, i) => ({ minQuantity: moq * 10 ** i, unitPrice }));

beforeAll(async () => {
  t = await createCatalogTestApp();
  for (const slug of [
    'hardware',
    'hardware-fasteners',
    'construction-pipes',
    'vehicles-auto-parts',
    'machinery-pumps',
  ]) {
    category[slug] = await categoryId(t, slug);
  }
  s1 = await seller(t, { nameEn: 'Acme' });
  s2 = await seller(t, { nameEn: 'Orbis' });
  secondBrand = (await insertBrand(t, s1, { nameEn: 'Vega' })).id;
  const world: [string, Seller, string, Names, Partial<ProductBody>][] = [
    [
      'bolt',
      s1,
      'hardware-fasteners',
      [
        '不锈钢六角螺栓 M8',
        'Stainless Steel Hex Bolt M8',
        'Болт шестигранный из нержавеющей стали M8',
        'Tornillo hexagonal de acero inoxidable M8',
      ],
      { currency: 'USD', moq: 100, priceTiers: tiers(100, '0.12', '0.095'), origin: 'CN' },
    ],
    [
      'pipe',
      s2,
      'construction-pipes',
      ['无缝钢管', 'Seamless pipe', 'Труба бесшовная', 'Tubo sin costura'],
      { currency: 'CNY', moq: 10, priceTiers: tiers(10, '35.50'), origin: 'CN' },
    ],
    [
      'bearing',
      s2,
      'vehicles-auto-parts',
      ['深沟球轴承 6204', 'Deep groove ball bearing 6204', 'Подшипник шариковый 6204', 'Rodamiento de bolas 6204'],
      { currency: 'USD', moq: 1000, priceTiers: tiers(1000, '2.00', '1.80'), origin: 'DE' },
    ],
    [
      'clip',
      s1,
      'hardware-fasteners',
      ['枞树卡扣', 'Fir-tree clip', 'Ёлочный зажим', 'Grapa de abeto'],
      { currency: 'CNY', moq: 500, priceTiers: tiers(500, '0.30'), origin: 'CN' },
    ],
    [
      'screw',
      s1,
      'hardware-fasteners',
      [
        '镀镍圆头螺钉',
        'Round head screw, nickel plated',
        'Винт с круглой головкой',
        'Tornillo de cabeza redonda con baño de níquel',
      ],
      { currency: 'EUR', moq: 5000, priceTiers: tiers(5000, '0.05'), origin: 'ES', brandId: secondBrand },
    ],
    [
      'valve',
      s2,
      'machinery-pumps',
      ['球阀 DN50', 'Ball valve DN50', 'Шаровой кран DN50', 'Válvula de bola DN50'],
      { currency: 'USD', moq: 1, priceTiers: tiers(1, '25.00'), origin: 'CN' },
    ],
    [
      'nut',
      s1,
      'hardware-fasteners',
      ['六角螺母 M8', 'Hex nut M8', 'Гайка шестигранная M8', 'Tuerca hexagonal M8'],
      { currency: 'USD', moq: 200, priceTiers: tiers(200, '0.03'), origin: 'CN' },
    ],
    [
      'anchor',
      s2,
      'hardware-fasteners',
      ['膨胀螺栓 M12', 'Expansion bolt M12', 'Анкерный болт M12', 'Perno de expansión M12'],
      { currency: 'CNY', moq: 50, priceTiers: tiers(50, '1.20'), origin: 'CN' },
    ],
  ];
  for (const [key, who, slug, names, overrides] of world) {
    t.clock.advance(60_000); // distinct publication times: "newest" has one right answer
    p[key] = await publish(t, who, category[slug]!, {
      translations: texts(names),
      modelNumber: undefined,
      ...overrides,
    });
  }
  // Never on the shelf: must never be found.
  await createProduct(
    t,
    s1,
    productBody(s1, category['hardware-fasteners']!, {
      translations: texts(['螺栓草稿', 'Draft bolt', 'Болт', 'Perno']),
    }),
  );
});
afterAll(async () => t?.close());

const names = (keys: string[]) => keys.map((k) => p[k]!).sort();
async function found(query: Record<string, string | number>, locale: Locale = 'en'): Promise<string[]> {
  const page = await browse(t, { pageSize: 60, ...query }, locale);
  expect(page.total).toBe(page.items.length);
  return page.items.map((i) => i.id).sort();
}
const search = (q: string, locale: Locale = 'en') => found({ q }, locale);

describe('search in four languages', () => {
  it('finds Chinese words of two characters, one character and more', async () => {
    expect(await search('螺栓')).toEqual(names(['bolt', 'anchor']));
    expect(await search('轴承')).toEqual(names(['bearing']));
    expect(await search('钢')).toEqual(names(['bolt', 'pipe']));
    expect(await search('阀')).toEqual(names(['valve']));
    expect(await search('不锈钢')).toEqual(names(['bolt']));
    expect(await search('锈螺')).toEqual([]);
    expect(await search('螺')).toEqual(names(['bolt', 'anchor', 'nut', 'screw']));
  });

  it('finds English words in any case', async () => {
    expect(await search('BOLT')).toEqual(names(['bolt', 'anchor']));
    expect(await search('hex bolt')).toEqual(names(['bolt']));
    expect(await search('Stainless STEEL')).toEqual(names(['bolt']));
    expect(await search('bearings')).toEqual([]);
  });

  it('finds Russian words in any case, with ё and е alike', async () => {
    expect(await search('ПОДШИПНИК', 'ru')).toEqual(names(['bearing']));
    expect(await search('болт', 'ru')).toEqual(names(['bolt', 'anchor']));
    expect(await search('елочный', 'ru')).toEqual(names(['clip']));
    expect(await search('ЁЛОЧНЫЙ', 'ru')).toEqual(names(['clip']));
    expect(await search('шестигранная гайка', 'ru')).toEqual(names(['nut']));
  });

  it('finds Spanish words with or without accents', async () => {
    expect(await search('tornillo hexagonal', 'es')).toEqual(names(['bolt']));
    expect(await search('tornillo', 'es')).toEqual(names(['bolt', 'screw']));
    expect(await search('Cabéza', 'es')).toEqual(names(['screw']));
    expect(await search('niquel', 'es')).toEqual(names(['screw']));
    expect(await search('VALVULA', 'es')).toEqual(names(['valve']));
    expect(await search('expansion', 'es')).toEqual(names(['anchor']));
  });

  it('needs every part of a mixed query', async () => {
    expect(await search('M8 螺栓')).toEqual(names(['bolt']));
    expect(await search('M8')).toEqual(names(['bolt', 'nut']));
    expect(await search('螺栓 M12')).toEqual(names(['anchor']));
    expect(await search('螺栓 6204')).toEqual([]);
    expect(await search('%')).toEqual(Object.values(p).sort());
  });

  it('answers in the visitor’s language whatever the query’s language', async () => {
    const page = await browse(t, { q: 'tornillo hexagonal' }, 'zh-CN');
    expect(page.items.map((i) => [i.name, i.contentLocale])).toEqual([['不锈钢六角螺栓 M8', 'zh-CN']]);
  });
});

describe('filters', () => {
  it('by category, including its subcategories', async () => {
    const fasteners = names(['bolt', 'clip', 'screw', 'nut', 'anchor']);
    expect(await found({ category: category['hardware']! })).toEqual(fasteners);
    expect(await found({ category: category['hardware-fasteners']! })).toEqual(fasteners);
    expect(await found({ category: category['construction-pipes']! })).toEqual(names(['pipe']));
    expect(await found({ category: category['hardware']!, q: '螺栓' })).toEqual(names(['bolt', 'anchor']));
  });

  it('by brand and by supplier', async () => {
    expect(await found({ brand: secondBrand })).toEqual(names(['screw']));
    expect(await found({ brand: s1.brandId })).toEqual(names(['bolt', 'clip', 'nut']));
    expect(await found({ supplier: s2.supplierId })).toEqual(names(['pipe', 'bearing', 'valve', 'anchor']));
    expect(await found({ supplier: s2.supplierId, q: 'bolt' })).toEqual(names(['anchor']));
  });

  it('by price range in a currency, by largest MOQ and by origin', async () => {
    expect(await found({ currency: 'USD', minPrice: 1, maxPrice: 30 })).toEqual(names(['bearing', 'valve']));
    expect(await found({ currency: 'USD', maxPrice: 0.1 })).toEqual(names(['bolt', 'nut']));
    expect(await found({ currency: 'CNY', minPrice: 1 })).toEqual(names(['pipe', 'anchor']));
    expect(await found({ maxMoq: 10 })).toEqual(names(['pipe', 'valve']));
    expect(await found({ maxMoq: 100, currency: 'USD' })).toEqual(names(['bolt', 'valve']));
    expect(await found({ origin: 'DE' })).toEqual(names(['bearing']));
    expect(await found({ origin: 'ES', q: 'tornillo' })).toEqual(names(['screw']));
  });
});

describe('sorts and pages', () => {
  const order = async (query: Record<string, string | number>) =>
    (await browse(t, { pageSize: 60, ...query })).items.map((i) => Object.entries(p).find(([, id]) => id === i.id)![0]);

  it('newest first by default, and by price either way', async () => {
    expect(await order({})).toEqual(['anchor', 'nut', 'valve', 'screw', 'clip', 'bearing', 'pipe', 'bolt']);
    expect(await order({ currency: 'USD', sort: 'price_asc' })).toEqual(['nut', 'bolt', 'bearing', 'valve']);
    expect(await order({ currency: 'USD', sort: 'price_desc' })).toEqual(['valve', 'bearing', 'bolt', 'nut']);
    const page = await browse(t, { currency: 'USD', sort: 'price_desc' });
    expect(page.items.map((i) => [i.minPrice, i.maxPrice])).toEqual([
      ['25.00', '25.00'],
      ['1.80', '2.00'],
      ['0.095', '0.12'],
      ['0.03', '0.03'],
    ]);
  });

  it('by relevance: the same matches, the closest first', async () => {
    expect(await order({ q: 'bolt', sort: 'relevance' })).toHaveLength(2);
    const [first] = await order({ q: 'hex nut m8', sort: 'relevance' });
    expect(first).toBe('nut');
  });

  it('pages through the results with the total on each page', async () => {
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const answer = await browse(t, { pageSize: 3, page });
      expect(answer).toMatchObject({ total: 8, page, pageSize: 3 });
      seen.push(...answer.items.map((i) => i.id));
    }
    expect(seen.sort()).toEqual(Object.values(p).sort());
  });
});
