/**
 * The catalog's search must be answered from its indexes, not by reading every product: with a few
 * thousand products and fresh statistics, EXPLAIN each statement the list endpoint runs for each
 * class of query and refuse a sequential scan of products.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductInput } from '../../../shared/schemas/products.js';
import {
  browse,
  categoryId,
  createCatalogTestApp,
  seller,
  type CatalogTestApp,
  type Seller,
} from '../../test/catalog-fixtures.js';
import { searchFields } from './product-content.js';

type Words = [zh: string, en: string, ru: string, es: string];
const NOUNS: Words[] = [
  ['六角螺栓', 'hex bolt', 'болт шестигранный', 'tornillo hexagonal'],
  ['膨胀螺栓', 'expansion bolt', 'анкерный болт', 'perno de expansión'],
  ['螺母', 'nut', 'гайка', 'tuerca'],
  ['垫圈', 'washer', 'шайба', 'arandela'],
  ['钢管', 'steel pipe', 'труба стальная', 'tubo de acero'],
  ['法兰', 'flange', 'фланец', 'brida'],
  ['轴承', 'bearing', 'подшипник', 'rodamiento'],
  ['阀门', 'valve', 'клапан', 'válvula'],
  ['水泵', 'water pump', 'водяной насос', 'bomba de agua'],
  ['电缆', 'cable', 'кабель', 'cable'],
  ['继电器', 'relay', 'реле', 'relé'],
  ['扳手', 'wrench', 'гаечный ключ', 'llave inglesa'],
  ['挂锁', 'padlock', 'навесной замок', 'candado'],
  ['瓷砖', 'ceramic tile', 'керамическая плитка', 'azulejo'],
  ['轮胎', 'tyre', 'шина', 'neumático'],
  ['绿茶', 'green tea', 'зелёный чай', 'té verde'],
  ['床单', 'bed sheet', 'простыня', 'sábana'],
  ['胶带', 'adhesive tape', 'клейкая лента', 'cinta adhesiva'],
  ['铝型材', 'aluminium profile', 'алюминиевый профиль', 'perfil de aluminio'],
  ['电钻', 'electric drill', 'дрель', 'taladro'],
];
const MATERIALS: Words[] = [
  ['黄铜', 'brass', 'латунь', 'latón'],
  ['镀锌', 'galvanized', 'оцинкованный', 'galvanizado'],
  ['尼龙', 'nylon', 'нейлон', 'nailon'],
  ['镀镍', 'nickel-plated', 'никелированный', 'niquelado'],
  ['塑料', 'plastic', 'пластиковый', 'plástico'],
  ['工业', 'industrial', 'промышленный', 'industrial'],
];
const SIZES = ['M6', 'M8', 'M10', 'M12', 'DN25', 'DN50', '10mm', '20mm'];
const FILLER: Words = ['通用配件', 'generic part', 'деталь', 'pieza'];
/** Enough rows, and rare enough words (1–2 % of rows each, as in a real catalog), that an index pays. */
const ROWS = 10_000;
const nounOf = (i: number) => (i % 100 < NOUNS.length ? NOUNS[i % 100]! : FILLER);

let t: CatalogTestApp;
let who: Seller;

/** One INSERT … SELECT of ROWS on-shelf products, search text from the app's own searchFields(). */
async function insertProducts(category: string): Promise<void> {
  const docs = Array.from({ length: ROWS }, (_, i) => {
    const noun = nounOf(i);
    const material = MATERIALS[Math.floor(i / 100) % MATERIALS.length]!;
    const size = SIZES[i % SIZES.length]!;
    const name = (l: number) => ({ name: `${material[l]} ${noun[l]} ${size} ${i}`, specs: [] });
    const input = {
      modelNumber: `X-${i}`,
      translations: { 'zh-CN': name(0), en: name(1), ru: name(2), es: name(3) },
    } as unknown as ProductInput;
    return { ...searchFields(input, ['Acme', null]), name: name(1).name };
  });
  await t.database.raw(
    `INSERT INTO products (supplier_id, brand_id, category_id, status, unit, moq, currency, min_price, max_price,
       origin, search_doc, search_cjk, published_at)
     SELECT $1, $2, $3, 'on_shelf', 'piece', 1 + (g % 1000)::int, 'USD', (g % 500 + 1) / 100.0, (g % 500 + 1) / 50.0,
       'CN', d.e->>'searchDoc', ARRAY(SELECT jsonb_array_elements_text(d.e->'searchCjk')), now() - g * interval '1 minute'
     FROM jsonb_array_elements($4::jsonb) WITH ORDINALITY AS d(e, g)`,
    [who.supplierId, who.brandId, category, JSON.stringify(docs)],
  );
  await t.database.raw(
    `INSERT INTO product_translations (product_id, locale, name)
     SELECT p.id, l.locale, left(p.search_doc, 80) FROM products p CROSS JOIN (VALUES ('zh-CN'), ('en')) AS l(locale)
     WHERE p.supplier_id = $1`,
    [who.supplierId],
  );
  // What autovacuum does after a bulk load: fresh statistics, and the GIN pending lists merged (a
  // long pending list makes every GIN scan look, and be, expensive).
  await t.database.raw('VACUUM ANALYZE products');
  await t.database.raw('ANALYZE product_translations');
}

beforeAll(async () => {
  t = await createCatalogTestApp();
  who = await seller(t);
  await insertProducts(await categoryId(t, 'hardware-fasteners'));
});
afterAll(async () => t?.close());

const CLASSES: [label: string, q: string, index: string][] = [
  ['Chinese, 2 characters', '螺栓', 'products_search_cjk_gin'],
  ['Chinese, 1 character', '钢', 'products_search_cjk_gin'],
  ['English word', 'flange', 'products_search_doc_trgm'],
  ['Russian word', 'подшипник', 'products_search_doc_trgm'],
  ['Spanish word', 'válvula', 'products_search_doc_trgm'],
  ['mixed', 'M8 螺栓', 'products_search_cjk_gin'],
];

describe('search plans', () => {
  it.each(CLASSES)('%s (%s) is served from %s, never a sequential scan of products', async (_label, q, index) => {
    t.database.reset();
    const page = await browse(t, { q }, 'ru');
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThanOrEqual(ROWS / 50);
    const statements = t.database.queries.filter((s) => /from "products"/i.test(s.sql));
    expect(statements.length).toBeGreaterThan(0);
    const plans = await Promise.all(statements.map((s) => t.database.explain(s)));
    for (const [i, plan] of plans.entries()) {
      expect(plan, `${statements[i]!.sql}\n${plan}`).not.toMatch(/Seq Scan on products\b/);
    }
    expect(plans.join('\n'), plans.join('\n\n')).toContain(index);
  });

  it('lists the newest products without reading them all', async () => {
    t.database.reset();
    const page = await browse(t, {});
    expect(page.total).toBe(ROWS);
    const plans = await Promise.all(
      t.database.queries.filter((s) => /\blimit\b/i.test(s.sql)).map((s) => t.database.explain(s)),
    );
    expect(plans).toHaveLength(1);
    expect(plans[0]).not.toMatch(/Seq Scan on products\b/);
  });
});
