/**
 * Benchmark orders for "Order Management" (issue 12): one supplier of the benchmark catalog (the
 * one with the most products on the shelf) receives N orders from several buyers over two years,
 * with 1–4 lines each (frozen product snapshots), the timeline events and payments their state
 * implies, and a realistic status mix — old orders are mostly completed, recent ones still open.
 * Multi-row INSERTs, one transaction per batch; `search_doc` is folded as the app folds it.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import type { LOCALES } from '../../src/shared/locales.js';
import { lineAmount, sumAmounts, subtractAmount } from '../../src/shared/money.js';
import type { FieldChange, LineSnapshot, PartySnapshot } from '../../src/shared/schemas/orders.js';
import { platformDay } from '../../src/shared/working-days.js';
import type { Db } from '../../src/server/db/client.js';
import { users } from '../../src/server/modules/accounts/accounts.tables.js';
import { brands } from '../../src/server/modules/brands/brands.tables.js';
import { productPriceTiers, products, productTranslations } from '../../src/server/modules/catalog/catalog.tables.js';
import {
  orderEvents,
  orderLines,
  orderNumberCounters,
  orderPayments,
  orders,
} from '../../src/server/modules/orders/orders.tables.js';
import { suppliers } from '../../src/server/modules/suppliers/suppliers.tables.js';
import { listColumnsOf } from '../../src/server/modules/orders/order-list-columns.js';
import { recountStatusCounts } from '../../src/server/modules/orders/order-status-counts.repo.js';
import { orderSearchDoc } from './order-search-doc.js';
import { pathTo, percentOf, scaledPrice, statusFor, tierPrice } from './order-story.js';
import { Random } from './random.js';
import { BENCH_BUYER_PREFIX, seedBuyers } from './seed-buyers.js';

export { BENCH_BUYER_PREFIX };
const BATCH = 500;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The destination port of an export to the buyer's country. */
const PORTS: Record<string, string> = {
  DE: 'Hamburg',
  RU: 'Saint Petersburg',
  ES: 'Valencia',
  US: 'Los Angeles',
  VN: 'Hai Phong',
  TR: 'Mersin',
};

type Locale = (typeof LOCALES)[number];
type OrderRow = typeof orders.$inferInsert;
type LineRow = typeof orderLines.$inferInsert;
type EventRow = typeof orderEvents.$inferInsert;
type PaymentRow = typeof orderPayments.$inferInsert;

interface CatalogItem {
  id: string;
  currency: string;
  snapshot: LineSnapshot;
}

/** The benchmark supplier: the approved bench supplier with the most products on the shelf. */
export async function benchOrderSupplier(db: Db, prefix: string) {
  const [row] = await db
    .select({ supplierId: suppliers.id, userId: suppliers.userId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(products)
    .innerJoin(suppliers, eq(suppliers.id, products.supplierId))
    .innerJoin(users, eq(users.id, suppliers.userId))
    .where(and(eq(products.status, 'on_shelf'), isNull(products.removedAt), like(users.accountName, `${prefix}%`)))
    .groupBy(suppliers.id, suppliers.userId)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  return row;
}

/** Up to 300 of the supplier's products with what an order line freezes of them. */
async function catalogOf(db: Db, supplierId: string): Promise<CatalogItem[]> {
  const rows = await db
    .select({
      id: products.id,
      currency: products.currency,
      modelNumber: products.modelNumber,
      unit: products.unit,
      moq: products.moq,
      hsCode: products.hsCode,
      origin: products.origin,
      picture: products.mainImageFileId,
      brandName: sql<string | null>`coalesce(${brands.nameEn}, ${brands.nameZh})`,
    })
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .where(and(eq(products.supplierId, supplierId), eq(products.status, 'on_shelf'), isNull(products.removedAt)))
    .orderBy(products.id)
    .limit(300);
  const ids = rows.map((r) => r.id);
  const texts = await db
    .select({ id: productTranslations.productId, locale: productTranslations.locale, name: productTranslations.name })
    .from(productTranslations)
    .where(inArray(productTranslations.productId, ids));
  const tiers = await db
    .select({
      id: productPriceTiers.productId,
      minQuantity: productPriceTiers.minQuantity,
      unitPrice: productPriceTiers.unitPrice,
    })
    .from(productPriceTiers)
    .where(inArray(productPriceTiers.productId, ids))
    .orderBy(productPriceTiers.minQuantity);
  return rows.map((r) => ({
    id: r.id,
    currency: r.currency,
    snapshot: {
      names: Object.fromEntries(texts.filter((t) => t.id === r.id).map((t) => [t.locale as Locale, t.name])),
      modelNumber: r.modelNumber,
      unit: r.unit,
      pictureFileId: r.picture,
      hsCode: r.hsCode,
      origin: r.origin,
      brandName: r.brandName,
      moq: r.moq,
      priceTiers: tiers
        .filter((t) => t.id === r.id)
        .map((t) => ({ minQuantity: t.minQuantity, unitPrice: String(t.unitPrice) })),
    },
  }));
}

/** Inserts `count` orders to the benchmark supplier; returns how many of each status. */
export async function seedBenchOrders(
  db: Db,
  options: { count: number; buyers: number; passwordHash: string; supplierPrefix: string; log: (m: string) => void },
): Promise<Record<string, number>> {
  const rng = new Random(20_261_206);
  const supplier = await benchOrderSupplier(db, options.supplierPrefix);
  if (!supplier) throw new Error('No benchmark supplier with products: seed the catalog first');
  const [supplierRow] = await db.select().from(suppliers).where(eq(suppliers.id, supplier.supplierId));
  const supplierParty: PartySnapshot = {
    companyNameZh: supplierRow!.nameZh,
    companyNameEn: supplierRow!.nameEn,
    country: supplierRow!.country,
    registeredAddress: null,
    registrationNumber: null,
    legalRepresentative: null,
    contactPerson: null,
    phone: supplierRow!.contactPhone,
    email: supplierRow!.contactEmail,
  };
  const catalog = await catalogOf(db, supplier.supplierId);
  const byCurrency = new Map<string, CatalogItem[]>();
  for (const item of catalog) byCurrency.set(item.currency, [...(byCurrency.get(item.currency) ?? []), item]);
  const buyers = await seedBuyers(db, rng, options.buyers, options.passwordHash);
  // A few regular customers order most.
  const buyerFor = () => buyers[Math.floor(rng.next() ** 2 * buyers.length)]!;
  options.log(`orders for ${supplierRow!.nameEn} (${supplier.n} products on the shelf), ${buyers.length} buyers`);

  const now = Date.now();
  // Creation times, oldest first, spread over two years with more orders recently.
  const times = Array.from({ length: options.count }, () => now - rng.next() ** 1.3 * 730 * DAY_MS).sort(
    (a, b) => a - b,
  );
  const perDay = new Map<string, number>();
  const statusCounts: Record<string, number> = {};
  for (let start = 0; start < options.count; start += BATCH) {
    const orderRows: OrderRow[] = [];
    const lineRows: LineRow[] = [];
    const eventRows: EventRow[] = [];
    const paymentRows: PaymentRow[] = [];
    for (let i = start; i < Math.min(start + BATCH, options.count); i++) {
      const createdAt = new Date(times[i]!);
      const day = platformDay(createdAt);
      const seq = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, seq);
      const number = `BR-${day.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
      const status = statusFor(rng, (now - createdAt.getTime()) / DAY_MS);
      statusCounts[status] = (statusCounts[status] ?? 0) + 1;
      const buyer = buyerFor();
      const first = rng.pick(catalog);
      const sameCurrency = byCurrency.get(first.currency)!;
      const lineCount = Math.min(
        sameCurrency.length,
        rng.weighted([
          [1, 55],
          [2, 25],
          [3, 12],
          [4, 8],
        ] as const),
      );
      const items = [
        first,
        ...rng.sample(
          sameCurrency.filter((p) => p !== first),
          lineCount - 1,
        ),
      ];
      const currency = first.currency;
      const path = pathTo(status, rng);
      const confirmed = path.some(([kind]) => kind === 'confirm');
      const id = randomUUID();
      const orderedAmounts: string[] = [];
      const finalAmounts: string[] = [];
      items.forEach((item, index) => {
        const quantity = item.snapshot.moq * rng.pick([1, 1, 2, 5, 10, 20]);
        const ordered = tierPrice(item.snapshot, quantity);
        const final = confirmed ? (rng.chance(0.2) ? scaledPrice(ordered, rng.pick([95, 97, 102])) : ordered) : null;
        orderedAmounts.push(lineAmount(quantity, ordered, currency));
        const amount = lineAmount(quantity, final ?? ordered, currency);
        finalAmounts.push(amount);
        lineRows.push({
          orderId: id,
          position: index + 1,
          productId: item.id,
          quantity,
          orderedUnitPrice: ordered,
          finalUnitPrice: final,
          amount,
          snapshot: item.snapshot,
        });
      });
      const exportOrder = buyer.party.country !== supplierParty.country || rng.chance(0.1);
      // A domestic buyer's export goes to its own customers abroad.
      const destination = buyer.party.country === supplierParty.country ? 'DE' : buyer.party.country;
      const goodsTotal = sumAmounts(finalAmounts, currency);
      const shippingCost = confirmed ? String(rng.int(0, 40) * 25) + '.00' : null;
      const totalAmount = shippingCost ? sumAmounts([goodsTotal, shippingCost], currency) : goodsTotal;
      // The timeline: one step every few hours to days after submission, never in the future.
      let at = createdAt.getTime();
      const stepGap = Math.max(HOUR_MS, Math.min(5 * DAY_MS, (now - at) / (path.length + 1)));
      const stamps = path.map((_, k) => (k === 0 ? at : (at = Math.min(now, at + stepGap * (0.3 + rng.next())))));
      let paid = 0;
      path.forEach(([kind, from, to, actor], k) => {
        const changes: FieldChange[] =
          kind === 'terms_saved'
            ? [{ field: 'totalAmount', from: sumAmounts(orderedAmounts, currency), to: totalAmount }]
            : [];
        eventRows.push({
          orderId: id,
          kind,
          fromStatus: from,
          toStatus: to,
          actorId: actor === 'buyer' ? buyer.userId : actor === 'supplier' ? supplier.userId : null,
          actorRole: actor,
          changes,
          note: kind === 'cancel' || kind.endsWith('decline') ? 'Bench: no longer needed' : null,
          createdAt: new Date(stamps[k]!),
        });
        if (kind === 'payment_recorded') {
          const deposit = percentOf(totalAmount, 30);
          paymentRows.push({
            orderId: id,
            kind: paid === 0 ? 'deposit' : 'balance',
            amount: paid === 0 ? deposit : subtractAmount(totalAmount, deposit, currency),
            currency,
            receivedOn: platformDay(new Date(stamps[k]!)),
            recordedBy: supplier.userId,
            createdAt: new Date(stamps[k]!),
          });
          paid += 1;
        }
      });
      const last = new Date(stamps[stamps.length - 1]!);
      orderRows.push({
        id,
        number,
        buyerUserId: buyer.userId,
        supplierId: supplier.supplierId,
        status,
        version: path.length,
        tradeType: exportOrder ? 'export' : 'domestic',
        currency,
        deliveryAddress: {
          recipient: buyer.address.recipient,
          phone: buyer.address.phone,
          country: buyer.address.country,
          region: null,
          city: buyer.address.city,
          addressLine: buyer.address.addressLine,
          postalCode: null,
        },
        destinationCountry: exportOrder ? destination : null,
        destinationPort: exportOrder ? (PORTS[destination] ?? 'Rotterdam') : null,
        preferredIncoterm: exportOrder ? rng.pick(['FOB', 'CIF', 'EXW']) : null,
        requestedDeliveryDate: platformDay(new Date(createdAt.getTime() + 30 * DAY_MS)),
        orderedTotal: sumAmounts(orderedAmounts, currency),
        buyerParty: buyer.party,
        supplierParty,
        shippingCost,
        goodsTotal,
        totalAmount,
        ...(confirmed
          ? {
              paymentMethod: 'tt',
              depositPercent: 30,
              paymentTerms: '30 % T/T deposit, 70 % before shipment',
              offerValidUntil: platformDay(new Date(createdAt.getTime() + 14 * DAY_MS)),
              leadTimeDays: rng.int(7, 45),
              termsSavedAt: new Date(stamps[1]!),
              confirmedAt: new Date(stamps[2]!),
              incoterm: exportOrder ? 'FOB' : null,
              portOfLoading: exportOrder ? 'Ningbo' : null,
            }
          : {}),
        ...(path.some(([kind]) => kind === 'ship')
          ? {
              carrier: 'COSCO Shipping Lines',
              trackingNumber: `COSU${rng.int(1_000_000_000, 9_999_999_999)}`,
              shippedOn: platformDay(last),
            }
          : {}),
        statusReason: status === 'cancelled' || status === 'declined' ? 'Bench: no longer needed' : null,
        searchDoc: orderSearchDoc({
          number,
          parties: [buyer.party, supplierParty],
          lines: items.map((item) => item.snapshot),
        }),
        ...listColumnsOf(buyer.party, supplierParty, items),
        closedAt: ['completed', 'cancelled', 'declined', 'expired'].includes(status) ? last : null,
        createdAt,
        updatedAt: last,
      });
    }
    await db.transaction(async (tx) => {
      await tx.insert(orders).values(orderRows);
      await tx.insert(orderLines).values(lineRows);
      for (let i = 0; i < eventRows.length; i += 4000)
        await tx.insert(orderEvents).values(eventRows.slice(i, i + 4000));
      if (paymentRows.length) await tx.insert(orderPayments).values(paymentRows);
    });
    const done = Math.min(start + BATCH, options.count);
    if (done % 2000 === 0 || done === options.count) options.log(`orders ${done}/${options.count}`);
  }
  // Written around the services: the tabs' counters are rebuilt from the orders.
  await recountStatusCounts(db);
  // The app numbers the next order of a seeded day after the seeded ones.
  const counters = [...perDay].map(([day, last]) => ({ day, last }));
  for (let i = 0; i < counters.length; i += 1000) {
    await db
      .insert(orderNumberCounters)
      .values(counters.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: orderNumberCounters.day,
        set: { last: sql`greatest(${orderNumberCounters.last}, excluded.last)` },
      });
  }
  return statusCounts;
}

/** Deletes the benchmark orders (lines, events, payments cascade) and the benchmark buyers. */
export async function removeBenchOrders(db: Db): Promise<void> {
  const benchBuyers = db
    .select({ id: users.id })
    .from(users)
    .where(like(users.accountName, `${BENCH_BUYER_PREFIX}%`));
  await db.transaction(async (tx) => {
    await tx.delete(orders).where(inArray(orders.buyerUserId, benchBuyers));
    await tx.delete(users).where(like(users.accountName, `${BENCH_BUYER_PREFIX}%`));
    await recountStatusCounts(tx);
  });
}
