/**
 * Fills the configured database (DATABASE_URL, else PGlite in DATA_DIR) with a benchmark catalog:
 * ~200 approved suppliers with licensed brands and 100,000 products in four languages across the
 * seeded categories, with tiered prices and search text computed by the app's own searchFields();
 * then 10,000 orders from 40 buyers to the supplier with the most products (bench/seed-orders.ts).
 *
 *   npm run seed:bench [-- --products=100000 --suppliers=200 --orders=10000 --buyers=40 --force]
 *   npm run seed:bench -- --orders-only [--orders=N]   # replace only the orders of a seeded catalog
 *
 * Refuses to run on a database that already holds benchmark data unless --force is given, in which
 * case the earlier benchmark rows are deleted first. Multi-row INSERTs of 1,000 products (and their
 * translations, price tiers and pictures) or 500 orders (and their lines, events, payments) per
 * transaction.
 */
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { inArray, isNotNull, like, sql } from 'drizzle-orm';
import { LOCALES, type Locale } from '../src/shared/locales.js';
import type { ProductInput, ProductText } from '../src/shared/schemas/products.js';
import { loadConfig } from '../src/server/config.js';
import type { Db } from '../src/server/db/client.js';
import { runMigrations } from '../src/server/db/migrate.js';
import { users } from '../src/server/modules/accounts/accounts.tables.js';
import { brands } from '../src/server/modules/brands/brands.tables.js';
import {
  categories,
  productImages,
  productPriceTiers,
  products,
  productTranslations,
} from '../src/server/modules/catalog/catalog.tables.js';
import { seedCategories } from '../src/server/modules/catalog/index.js';
import { priceRange, searchFields } from '../src/server/modules/catalog/product-content.js';
import { files } from '../src/server/modules/files/files.tables.js';
import { supplierApplications, suppliers } from '../src/server/modules/suppliers/suppliers.tables.js';
import { describeDatabase, openConfiguredDatabase } from './bench/database.js';
import { Random } from './bench/random.js';
import { removeBenchOrders, seedBenchOrders } from './bench/seed-orders.js';
import { seedSuppliers } from './bench/seed-suppliers.js';
import { modifiersFor, NOUNS, sizesFor, type Words } from './bench/vocabulary.js';

const BENCH_PREFIX = 'bench_';
const BATCH = 1000;
const DAY_MS = 86_400_000;

function flag(name: string): string | undefined {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : 'true';
}
const PRODUCTS = Number(flag('products') ?? 100_000);
const SUPPLIERS = Number(flag('suppliers') ?? 200);
const ORDERS = Number(flag('orders') ?? 10_000);
const BUYERS = Number(flag('buyers') ?? 40);
const FORCE = flag('force') === 'true';
const ORDERS_ONLY = flag('orders-only') === 'true';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[${elapsed().padStart(8)}] ${message}`);
const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Deletes earlier benchmark rows (children first). */
async function removeBenchData(db: Db): Promise<void> {
  const benchUsers = db
    .select({ id: users.id })
    .from(users)
    .where(like(users.accountName, `${BENCH_PREFIX}%`));
  const benchSuppliers = db.select({ id: suppliers.id }).from(suppliers).where(inArray(suppliers.userId, benchUsers));
  await removeBenchOrders(db);
  await db.transaction(async (tx) => {
    await tx.delete(products).where(inArray(products.supplierId, benchSuppliers));
    await tx.delete(brands).where(inArray(brands.supplierId, benchSuppliers));
    await tx.delete(suppliers).where(inArray(suppliers.userId, benchUsers));
    await tx.delete(files).where(inArray(files.ownerId, benchUsers));
    await tx.delete(supplierApplications).where(inArray(supplierApplications.userId, benchUsers));
    await tx.delete(users).where(like(users.accountName, `${BENCH_PREFIX}%`));
  });
}

const PRICE_SCALE: Record<string, [number, number]> = {
  hardware: [0.01, 60],
  machinery: [300, 90_000],
  electronics: [0.05, 800],
  metals: [400, 4_000],
  chemicals: [0.8, 25],
  construction: [0.5, 300],
  textiles: [0.8, 45],
  vehicles: [1.5, 2_500],
  food: [0.6, 40],
};
const UNITS: Record<string, ProductInput['unit']> = {
  hardware: 'piece',
  machinery: 'set',
  electronics: 'piece',
  metals: 'ton',
  chemicals: 'kg',
  construction: 'square_meter',
  textiles: 'meter',
  vehicles: 'piece',
  food: 'kg',
};

/** A decimal string with up to 4 places, no float noise. */
const decimal = (value: number) => value.toFixed(value < 1 ? 4 : 2).replace(/(\.\d*?[1-9])0+$|\.0+$/, '$1');

function priceTiers(rng: Random, top: string, moq: number): ProductInput['priceTiers'] {
  const [lo, hi] = PRICE_SCALE[top] ?? [1, 100];
  let price = Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo)));
  const count = rng.weighted([
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 1],
  ] as const);
  const tiers: ProductInput['priceTiers'] = [];
  for (let i = 0; i < count; i++) {
    tiers.push({ minQuantity: moq * [1, 5, 20, 100][i]!, unitPrice: decimal(Math.max(price, 0.0001)) });
    price *= 1 - (0.04 + rng.next() * 0.1);
  }
  return tiers;
}

const SELLING_POINTS: readonly Words[] = [
  [
    '厂家直销，质量稳定，支持定制',
    'Factory direct, stable quality, customization available',
    'Прямые поставки с завода, стабильное качество, изготовление на заказ',
    'Venta directa de fábrica, calidad estable, personalización disponible',
  ],
  [
    '现货供应，48小时发货',
    'In stock, ships within 48 hours',
    'В наличии, отгрузка за 48 часов',
    'En stock, envío en 48 horas',
  ],
  ['通过ISO 9001认证', 'ISO 9001 certified', 'Сертифицировано по ISO 9001', 'Certificado ISO 9001'],
  [
    '支持OEM，提供样品',
    'OEM welcome, samples available',
    'Возможен OEM, образцы по запросу',
    'OEM disponible, muestras gratuitas',
  ],
  [
    '出口欧美，品质保证',
    'Exported to Europe and America',
    'Экспорт в Европу и Америку',
    'Exportado a Europa y América',
  ],
];

function texts(rng: Random, noun: Words, modifier: Words, size: string, model: string): ProductInput['translations'] {
  const specs = (labels: Words, li: number) => [
    { name: labels[li]!, value: size },
    { name: li === 0 ? '型号' : li === 1 ? 'Model' : li === 2 ? 'Модель' : 'Modelo', value: model },
  ];
  const sizeLabel: Words = ['规格', 'Size', 'Размер', 'Tamaño'];
  const name: Words = [
    `${modifier[0]}${noun[0]} ${size}`,
    `${cap(modifier[1])} ${noun[1]} ${size}`,
    `${cap(noun[2])} ${modifier[2]} ${size}`,
    `${cap(noun[3])} ${modifier[3]} ${size}`,
  ];
  const points = rng.pick(SELLING_POINTS);
  const text = (i: number): ProductText => ({
    name: name[i]!,
    sellingPoints: points[i]!,
    descriptionHtml: `<p>${name[i]!}</p><ul><li>${sizeLabel[i]!}: ${size}</li></ul>`,
    ...(rng.chance(0.3) ? { keywords: `${noun[i]!}, ${modifier[i]!}` } : {}),
    specs: specs(sizeLabel, i),
  });
  return {
    'zh-CN': text(0),
    en: text(1),
    ...(rng.chance(0.9) ? { ru: text(2) } : {}),
    ...(rng.chance(0.85) ? { es: text(3) } : {}),
  };
}

async function seedOrders(db: Db): Promise<void> {
  if (ORDERS <= 0) return;
  const passwordHash = await hash(randomUUID(), { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const counts = await seedBenchOrders(db, {
    count: ORDERS,
    buyers: BUYERS,
    passwordHash,
    supplierPrefix: BENCH_PREFIX,
    log,
  });
  log(
    `order states: ${Object.entries(counts)
      .map(([status, n]) => `${status} ${n}`)
      .join(', ')}`,
  );
  if (ORDERS_ONLY) {
    log('VACUUM ANALYZE of the order tables');
    for (const table of ['orders', 'order_lines', 'order_events', 'order_payments', 'users', 'buyer_profiles']) {
      await db.execute(sql.raw(`VACUUM ANALYZE ${table}`));
    }
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  const { db } = database;
  try {
    await runMigrations(database);
    await seedCategories(db);
    if (ORDERS_ONLY) {
      log(`seeding ${describeDatabase(config)}: replacing the benchmark orders with ${ORDERS}`);
      await removeBenchOrders(db);
      await seedOrders(db);
      return;
    }
    log(`seeding ${describeDatabase(config)}: ${PRODUCTS} products, ${SUPPLIERS} suppliers, ${ORDERS} orders`);
    const [existing] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(users)
      .where(like(users.accountName, `${BENCH_PREFIX}%`));
    if (existing!.n > 0) {
      if (!FORCE) {
        console.error(
          `This database already holds benchmark data (${existing!.n} bench users). Use --force to replace it.`,
        );
        process.exitCode = 1;
        return;
      }
      log('--force: removing the earlier benchmark data');
      await removeBenchData(db);
    }

    const leafRows = await db
      .select({ id: categories.id, slug: categories.slug })
      .from(categories)
      .where(isNotNull(categories.parentId));
    const leafIds = new Map(leafRows.filter((r) => NOUNS[r.slug]).map((r) => [r.slug, r.id]));
    if (!leafIds.size) throw new Error('No seeded leaf categories found');
    const rng = new Random(20_260_101);
    const seeded = await seedSuppliers(db, rng, [...leafIds.keys()], SUPPLIERS, BENCH_PREFIX);
    log(`${seeded.length} suppliers, ${seeded.reduce((n, s) => n + s.brands.length, 0)} brands`);

    const now = Date.now();
    let translationsCount = 0;
    for (let start = 0; start < PRODUCTS; start += BATCH) {
      const productRows: (typeof products.$inferInsert)[] = [];
      const textRows: (typeof productTranslations.$inferInsert)[] = [];
      const tierRows: (typeof productPriceTiers.$inferInsert)[] = [];
      const imageRows: (typeof productImages.$inferInsert)[] = [];
      for (let i = start; i < Math.min(start + BATCH, PRODUCTS); i++) {
        // A few large suppliers and a long tail.
        const supplier = seeded[Math.floor(rng.next() ** 1.6 * seeded.length)]!;
        const slug = rng.pick(supplier.leafSlugs);
        const top = slug.split('-')[0]!;
        const brand = rng.pick(supplier.brands);
        const noun = rng.pick(NOUNS[slug]!);
        const modifier = rng.pick(modifiersFor(slug));
        const size = rng.pick(sizesFor(slug));
        const model = `${top.slice(0, 2).toUpperCase()}-${rng.int(1000, 9999)}`;
        const moq = top === 'machinery' ? 1 : rng.pick([1, 10, 50, 100, 500, 1000, 5000]);
        const id = randomUUID();
        const image = rng.pick(supplier.imageIds);
        const input: ProductInput = {
          translations: texts(rng, noun, modifier, size, model),
          categoryId: leafIds.get(slug)!,
          brandId: brand.id,
          modelNumber: model,
          imageFileIds: [image],
          unit: UNITS[top] ?? 'piece',
          moq,
          currency: rng.weighted([
            ['USD', 45],
            ['CNY', 40],
            ['EUR', 10],
            ['RUB', 5],
          ] as const),
          priceTiers: priceTiers(rng, top, moq),
          leadTimeDays: rng.int(3, 60),
          origin: rng.weighted([
            ['CN', 85],
            ['DE', 3],
            ['RU', 3],
            ['ES', 3],
            ['VN', 3],
            ['TR', 3],
          ] as const),
          hsCode: String(rng.int(100000, 999999)),
        };
        const status =
          brand.status === 'pending'
            ? 'draft'
            : brand.status === 'expired'
              ? 'off_shelf'
              : rng.weighted([
                  ['on_shelf', 92],
                  ['off_shelf', 5],
                  ['draft', 3],
                ] as const);
        const published = new Date(now - rng.next() * 730 * DAY_MS);
        productRows.push({
          id,
          supplierId: supplier.id,
          brandId: brand.id,
          categoryId: input.categoryId,
          status,
          offShelfReason: brand.status === 'expired' ? 'brand_expired' : null,
          removedAt: rng.chance(0.01) ? new Date(now - rng.int(1, 60) * DAY_MS) : null,
          modelNumber: model,
          unit: input.unit,
          moq,
          currency: input.currency,
          ...priceRange(input.priceTiers),
          leadTimeDays: input.leadTimeDays,
          origin: input.origin,
          hsCode: input.hsCode,
          mainImageFileId: image,
          ...searchFields(input, [brand.nameEn, brand.nameZh]),
          publishedAt: status === 'draft' ? null : published,
          createdAt: new Date(published.getTime() - rng.int(0, 10) * DAY_MS),
          updatedAt: new Date(published.getTime() + rng.int(0, 30) * DAY_MS),
        });
        for (const locale of LOCALES) {
          const t = input.translations[locale as Locale];
          if (!t) continue;
          textRows.push({
            productId: id,
            locale,
            name: t.name,
            sellingPoints: t.sellingPoints ?? null,
            descriptionHtml: t.descriptionHtml ?? null,
            keywords: t.keywords ?? null,
            specs: t.specs,
          });
        }
        for (const tier of input.priceTiers) tierRows.push({ productId: id, ...tier });
        imageRows.push({ productId: id, fileId: image, position: 0 });
      }
      await db.transaction(async (tx) => {
        await tx.insert(products).values(productRows);
        // Translations: ~3.7 rows per product; two statements keep each under the 65,535-parameter limit.
        const half = Math.ceil(textRows.length / 2);
        await tx.insert(productTranslations).values(textRows.slice(0, half));
        await tx.insert(productTranslations).values(textRows.slice(half));
        await tx.insert(productPriceTiers).values(tierRows);
        await tx.insert(productImages).values(imageRows);
      });
      translationsCount += textRows.length;
      const done = Math.min(start + BATCH, PRODUCTS);
      if (done % 10_000 === 0 || done === PRODUCTS) {
        const rate = Math.round(done / ((Date.now() - started) / 1000));
        log(`products ${done}/${PRODUCTS} (${translationsCount} translations, ~${rate} products/s)`);
      }
    }
    await seedOrders(db);
    log('VACUUM ANALYZE (planner statistics, visibility map)');
    await db.execute(sql`VACUUM ANALYZE`);
    log('done');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
