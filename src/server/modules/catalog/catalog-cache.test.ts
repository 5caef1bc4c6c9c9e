import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformDay } from '../../../shared/working-days.js';
import { buildApp } from '../../app.js';
import { DAY_MS } from '../../test/brand-fixtures.js';
import {
  CATALOG,
  categoryId,
  createCatalogTestApp,
  getIn,
  insertBrand,
  publish,
  seller,
  shelfRequest,
  setShelf,
  type CatalogTestApp,
} from '../../test/catalog-fixtures.js';
import { makeUser } from '../../test/supplier-fixtures.js';
import { productTranslations } from './catalog.tables.js';

let t: CatalogTestApp;
let bolts: string;
beforeAll(async () => {
  t = await createCatalogTestApp();
  bolts = await categoryId(t, 'hardware-fasteners');
});
afterAll(async () => t?.close());

/** One GET of the catalog: where the answer came from, and the ids it lists (or the page's status). */
async function look(app: FastifyInstance, url: string, locale: 'en' | 'ru' = 'en') {
  const res = await getIn({ ...t, app }, url, locale);
  const ids =
    res.statusCode === 200 && url.includes('?') ? res.json<{ items: { id: string }[] }>().items.map((i) => i.id) : [];
  return { cache: res.headers['x-cache'], status: res.statusCode, ids, body: res.body };
}
const listOf = (supplierId: string) => `${CATALOG}?supplier=${supplierId}`;

describe('catalog cache', () => {
  it('lets other instances notice even the very first change announced on a new database', async () => {
    const fresh = await createCatalogTestApp();
    const other = await buildApp({
      config: fresh.config,
      database: fresh.database,
      clock: fresh.clock,
      serveWeb: false,
    });
    try {
      await other.catalogCache.sync();
      await other.catalogCache.responses.get('some answer', async () => Buffer.from('{}'));
      expect(other.catalogCache.responses.size.entries).toBe(1);
      await fresh.app.catalogCache.announce();
      await other.catalogCache.sync();
      expect(other.catalogCache.responses.size.entries).toBe(0);
    } finally {
      await other.close();
      await fresh.close();
    }
  });

  it('answers a repeated question from memory, separately per language and per query', async () => {
    const who = await seller(t);
    const id = await publish(t, who, bolts);
    const first = await look(t.app, listOf(who.supplierId));
    expect(first).toMatchObject({ cache: 'miss', status: 200, ids: [id] });
    const again = await look(t.app, listOf(who.supplierId));
    expect(again).toMatchObject({ cache: 'hit', ids: [id] });
    expect(again.body).toBe(first.body);
    // Defaults are part of the validated query: ?page=1 is the same question.
    expect((await look(t.app, `${listOf(who.supplierId)}&page=1`)).cache).toBe('hit');
    expect((await look(t.app, listOf(who.supplierId), 'ru')).cache).toBe('miss');
    expect((await look(t.app, `${listOf(who.supplierId)}&sort=price_asc`)).cache).toBe('miss');
    // Search folds case, accents and spacing: these are one question, answered once.
    const search = (q: string) => look(t.app, `${listOf(who.supplierId)}&q=${encodeURIComponent(q)}`);
    expect(await search('Stainless  BOLT')).toMatchObject({ cache: 'miss', ids: [id] });
    expect(await search('stainless bolt')).toMatchObject({ cache: 'hit', ids: [id] });
    expect((await search('stainless bolts')).cache).toBe('miss');
    expect((await look(t.app, `${CATALOG}/${id}`)).cache).toBe('miss');
    expect((await look(t.app, `${CATALOG}/${id}`)).cache).toBe('hit');
  });

  it('shows a supplier’s change at once: off the shelf is gone from lists and pages on the next request', async () => {
    const who = await seller(t);
    const id = await publish(t, who, bolts);
    await look(t.app, listOf(who.supplierId));
    await look(t.app, `${CATALOG}/${id}`);
    expect((await look(t.app, listOf(who.supplierId))).cache).toBe('hit');

    await setShelf(t, who, [id], false);
    expect(await look(t.app, listOf(who.supplierId))).toMatchObject({ cache: 'miss', ids: [] });
    expect(await look(t.app, `${CATALOG}/${id}`)).toMatchObject({ status: 404 });
    await setShelf(t, who, [id], true);
    expect(await look(t.app, listOf(who.supplierId))).toMatchObject({ cache: 'miss', ids: [id] });
  });

  it('is not dropped by refused supplier requests or by requests that change nothing buyers see', async () => {
    const who = await seller(t);
    const id = await publish(t, who, bolts);
    await look(t.app, listOf(who.supplierId));
    const refused = await shelfRequest(t, who, ['not-a-uuid'], false);
    expect(refused.statusCode).toBe(400);
    await makeUser(t); // a successful sign-in
    expect(await look(t.app, listOf(who.supplierId))).toMatchObject({ cache: 'hit', ids: [id] });
  });

  it('keys answers by the platform day, so a brand past its last valid day disappears without any write', async () => {
    const who = await seller(t);
    const brand = await insertBrand(t, who, { validUntil: platformDay(t.clock.now()) });
    const id = await publish(t, who, bolts, { brandId: brand.id });
    await look(t.app, listOf(who.supplierId));
    expect(await look(t.app, listOf(who.supplierId))).toMatchObject({ cache: 'hit', ids: [id] });
    t.clock.advance(DAY_MS);
    expect(await look(t.app, listOf(who.supplierId))).toMatchObject({ cache: 'miss', ids: [] });
    // The expiry job then changes the brand and its products, and its run drops the answers.
    await look(t.app, listOf(who.supplierId));
    expect(t.app.catalogCache.responses.size.entries).toBeGreaterThan(0);
    await t.app.scheduler.tick();
    expect(t.app.catalogCache.responses.size.entries).toBe(0);
  });

  it('tells the other instances through catalog_changes, and bounds an unannounced change by maxAge', async () => {
    const other = await buildApp({ config: t.config, database: t.database, clock: t.clock, serveWeb: false });
    try {
      await other.catalogCache.sync(); // the value it starts from
      const who = await seller(t);
      const id = await publish(t, who, bolts);
      // Announcements leave after the answer: wait for them, as the timer's next tick would.
      await t.app.catalogCache.announced();
      await other.catalogCache.sync();
      expect(await look(other, listOf(who.supplierId))).toMatchObject({ cache: 'miss', ids: [id] });

      await setShelf(t, who, [id], false); // on the first instance
      await t.app.catalogCache.announced();
      expect(await look(other, listOf(who.supplierId))).toMatchObject({ cache: 'hit', ids: [id] });
      await other.catalogCache.sync(); // what its timer does every CATALOG_CACHE_SYNC_MS
      expect(await look(other, listOf(who.supplierId))).toMatchObject({ cache: 'miss', ids: [] });
      await other.catalogCache.sync();
      expect((await look(other, listOf(who.supplierId))).cache).toBe('hit');

      // A change nobody announced (manual SQL) is served at most CATALOG_CACHE_SECONDS longer.
      await setShelf(t, who, [id], true);
      await look(t.app, `${CATALOG}/${id}`);
      await t.database.db
        .update(productTranslations)
        .set({ name: 'Renamed by hand' })
        .where(eq(productTranslations.productId, id));
      expect((await look(t.app, `${CATALOG}/${id}`)).body).not.toContain('Renamed by hand');
      t.clock.advance(t.config.CATALOG_CACHE_SECONDS * 1000);
      expect(await look(t.app, `${CATALOG}/${id}`)).toMatchObject({ cache: 'miss' });
      expect((await look(t.app, `${CATALOG}/${id}`)).body).toContain('Renamed by hand');
    } finally {
      await other.close();
    }
  });
});
