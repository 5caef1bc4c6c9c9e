import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../shared/locales.js';
import { FakeClock } from '../../test/fake-clock.js';
import { runJobOnce } from '../../platform/jobs.js';
import { jobRuns } from '../../platform/jobs.tables.js';
import { createMailer } from '../../platform/mail/outbox.js';
import { createAccountsTestApp, errorOf, type AccountsTestApp } from '../../test/accounts-fixtures.js';
import {
  agencyBrand,
  approveBrand,
  brandAudit,
  brandOf,
  brandRow,
  certificate,
  createBrand,
  DAY_MS,
  dayAfter,
  fastSupplier,
  listBrands,
  mailsOf,
  privateBrand,
  relogin,
  updateRequest,
  type TestSupplier,
} from '../../test/brand-fixtures.js';
import { makeUser, type TestUser } from '../../test/supplier-fixtures.js';
import { brandExpiryJob, type TakeProductsOffShelf } from './brand-expiry.job.js';

// Monday 3 June 2030, 10:00 in China. Each test works in its own stretch of days, because a
// day's run is claimed once for the whole database.
const BASE = new Date('2030-06-03T02:00:00Z');
const stretch = (n: number) => new Date(BASE.getTime() + n * 200 * DAY_MS);

let t: AccountsTestApp;
beforeAll(async () => {
  t = await createAccountsTestApp({ clock: new FakeClock(BASE) });
});
afterAll(async () => t?.close());

/** Sets the clock to `start` + `days` and runs the app's scheduler tick. */
async function tickOn(start: Date, days: number): Promise<void> {
  t.clock.set(new Date(start.getTime() + days * DAY_MS));
  await t.app.scheduler.tick();
}

/** A supplier and a staff account signed in at `start`. */
async function people(start: Date, locale: Locale = 'en'): Promise<{ supplier: TestSupplier; staff: TestUser }> {
  t.clock.set(start);
  return { supplier: await fastSupplier(t, { locale }), staff: await makeUser(t, { staff: true }) };
}

/** An approved private brand whose trademark is valid until `start` + `days`. */
async function approvedUntil(start: Date, days: number, who: { supplier: TestSupplier; staff: TestUser }) {
  const cert = await certificate(t.app, who.supplier);
  const brand = await createBrand(
    t.app,
    who.supplier,
    privateBrand(cert, { trademarkValidUntil: dayAfter(start, days) }),
  );
  return approveBrand(t.app, who.staff, brand);
}

/** The same job as the app's, as a second instance would build it. */
const expiryJob = (takeProductsOffShelf: TakeProductsOffShelf = async () => []) =>
  brandExpiryJob({
    db: t.database.db,
    mailer: createMailer({ supportPhone: t.config.SUPPORT_PHONE }),
    publicUrl: t.config.publicUrl,
    takeProductsOffShelf,
  });

describe('brand expiry', () => {
  it('reminds 30 and 7 days before the end, once each, and expires the brand the day after its last valid day', async () => {
    const start = stretch(0);
    const who = await people(start);
    const brand = await approvedUntil(start, 40, who);
    const validUntil = dayAfter(start, 40);
    const events: string[] = [];
    for (let day = 0; day <= 44; day++) {
      await tickOn(start, day);
      const expiring = await mailsOf(t.app, who.supplier.email, 'brandExpiring');
      const expired = await mailsOf(t.app, who.supplier.email, 'brandExpired');
      if (expiring.length + expired.length > events.length) {
        events.push(`${day}:${expiring.length}/${expired.length}`);
      }
      expect((await brandRow(t, brand.id)).status, `day ${day}`).toBe(day <= 40 ? 'approved' : 'expired');
    }
    expect(events).toEqual(['10:1/0', '33:2/0', '41:2/1']);

    const reminders = await mailsOf(t.app, who.supplier.email, 'brandExpiring');
    expect(reminders.map((m) => m.subject).sort()).toEqual([
      `Your brand “${brand.nameEn}” expires in 30 days`,
      `Your brand “${brand.nameEn}” expires in 7 days`,
    ]);
    expect(reminders[0]?.text).toContain('July 13, 2030');
    const [expired] = await mailsOf(t.app, who.supplier.email, 'brandExpired');
    expect(expired?.subject).toContain('has expired');
    expect(expired?.text).toContain('(no products under this brand)');
    expect(expired?.text).toContain(`/en/supplier/brands/${brand.id}`);

    const row = await brandRow(t, brand.id);
    expect(row).toMatchObject({ status: 'expired', validUntil, version: brand.version + 1 });
    expect(row.remindersSent.sort()).toEqual([30, 7].sort());
    expect(row.expiredAt?.toISOString()).toBe(new Date(start.getTime() + 41 * DAY_MS).toISOString());
    expect((await brandAudit(t, brand.id)).filter((a) => a.action === 'brand.expire')).toEqual([
      expect.objectContaining({ actorId: null, entityType: 'brand', details: { validUntil, products: 0 } }),
    ]);
    const supplier = await relogin(t, who.supplier);
    const [listed] = await listBrands(t.app, supplier, 'private');
    expect(listed).toMatchObject({ id: brand.id, status: 'expired', expiredAt: row.expiredAt!.toISOString() });
  });

  it('sends only the 7-day reminder (in the owner’s language) for a brand approved 5 days before the end', async () => {
    const start = stretch(1);
    const who = await people(start, 'zh-CN');
    const brand = await approvedUntil(start, 5, who);
    for (let day = 0; day <= 7; day++) await tickOn(start, day);
    const reminders = await mailsOf(t.app, who.supplier.email, 'brandExpiring');
    expect(reminders.map((m) => m.subject)).toEqual([`品牌“${brand.nameEn}”将于 5 天后到期`]);
    const expired = await mailsOf(t.app, who.supplier.email, 'brandExpired');
    expect(expired).toHaveLength(1);
    expect(expired[0]?.subject).toContain('已到期');
    expect(expired[0]?.text).toContain('（该品牌下暂无产品）');
    expect((await brandRow(t, brand.id)).expiredAt?.toISOString()).toBe(
      new Date(start.getTime() + 6 * DAY_MS).toISOString(),
    );
  });

  it('expires an agency brand at the earlier of its trademark validity and its authorization end', async () => {
    const start = stretch(2);
    const who = await people(start);
    const cert = await certificate(t.app, who.supplier);
    const auth = await certificate(t.app, who.supplier, 'auth.pdf');
    const dates = (trademark: number, authorization: number) =>
      agencyBrand(cert, auth, {
        trademarkValidUntil: dayAfter(start, trademark),
        authorizationStart: dayAfter(start, -100),
        authorizationEnd: dayAfter(start, authorization),
      });
    const byAuthorization = await approveBrand(t.app, who.staff, await createBrand(t.app, who.supplier, dates(60, 20)));
    const byTrademark = await approveBrand(t.app, who.staff, await createBrand(t.app, who.supplier, dates(15, 50)));
    expect([byAuthorization.validUntil, byTrademark.validUntil]).toEqual([dayAfter(start, 20), dayAfter(start, 15)]);

    const statuses = async () => [
      (await brandRow(t, byAuthorization.id)).status,
      (await brandRow(t, byTrademark.id)).status,
    ];
    await tickOn(start, 15);
    expect(await statuses()).toEqual(['approved', 'approved']);
    await tickOn(start, 16);
    expect(await statuses()).toEqual(['approved', 'expired']);
    await tickOn(start, 20);
    expect(await statuses()).toEqual(['approved', 'expired']);
    await tickOn(start, 21);
    expect(await statuses()).toEqual(['expired', 'expired']);
  });
});

describe('one run per platform day', () => {
  it('claims a day once: a second run that day does nothing, and of two concurrent runs exactly one works', async () => {
    const start = stretch(3);
    const who = await people(start);
    const brand = await approvedUntil(start, 1, who);
    const now = new Date(start.getTime() + 2 * DAY_MS);
    t.clock.set(now);
    const results = await Promise.all([
      runJobOnce(t.database.db, expiryJob(), now),
      runJobOnce(t.database.db, expiryJob(), now),
    ]);
    expect(results.filter((r) => r === undefined)).toHaveLength(1);
    expect(results.find((r) => r !== undefined)).toMatchObject({ expired: 1 });
    expect(await runJobOnce(t.database.db, expiryJob(), new Date(now.getTime() + 5 * 3_600_000))).toBeUndefined();
    await t.app.scheduler.tick();
    expect(await mailsOf(t.app, who.supplier.email, 'brandExpired')).toHaveLength(1);
    expect((await brandAudit(t, brand.id)).filter((a) => a.action === 'brand.expire')).toHaveLength(1);
  });

  it('releases the claim of a failed run and rolls its expiry back; the retry that day expires the brand', async () => {
    const start = stretch(4);
    const who = await people(start);
    const brand = await approvedUntil(start, 1, who);
    const now = new Date(start.getTime() + 2 * DAY_MS);
    t.clock.set(now);
    const failing = expiryJob(async () => {
      throw new Error('catalog unavailable');
    });
    await expect(runJobOnce(t.database.db, failing, now)).rejects.toThrow('catalog unavailable');
    expect(await brandRow(t, brand.id)).toMatchObject({ status: 'approved', expiredAt: null });
    expect(await mailsOf(t.app, who.supplier.email, 'brandExpired')).toEqual([]);
    expect(await brandAudit(t, brand.id)).toHaveLength(1); // the approval only
    const day = dayAfter(start, 2);
    const claim = and(eq(jobRuns.job, 'brand-expiry'), eq(jobRuns.runKey, day));
    expect(await t.database.db.select().from(jobRuns).where(claim)).toEqual([]);

    const taken: string[] = [];
    const working = expiryJob(async (_tx, brandId) => {
      taken.push(brandId);
      return ['Steel hinge 40 mm', 'Door handle'];
    });
    expect(await runJobOnce(t.database.db, working, now)).toMatchObject({ expired: 1 });
    expect(taken).toEqual([brand.id]);
    expect((await brandRow(t, brand.id)).status).toBe('expired');
    const [mail] = await mailsOf(t.app, who.supplier.email, 'brandExpired');
    expect(mail?.text).toContain('Steel hinge 40 mm');
    expect(mail?.text).toContain('Door handle');
    expect(mail?.text).not.toContain('(no products under this brand)');
    expect(await t.database.db.select().from(jobRuns).where(claim)).toHaveLength(1);
  });
});

describe('renewal', () => {
  it('puts an expired brand back to review with new dates and certificate; reminders start over once approved', async () => {
    const start = stretch(5);
    let who = await people(start);
    const brand = await approvedUntil(start, 10, who);
    await tickOn(start, 0); // 10 days left: the 30-day reminder
    await tickOn(start, 3); // 7 days left
    await tickOn(start, 11);
    const expired = await brandRow(t, brand.id);
    expect(expired).toMatchObject({ status: 'expired', remindersSent: [30, 7] });
    expect(await mailsOf(t.app, who.supplier.email, 'brandExpiring')).toHaveLength(2);

    who = { supplier: await relogin(t, who.supplier), staff: await relogin(t, who.staff) };
    const newCert = await certificate(t.app, who.supplier, '续展商标注册证.pdf');
    const renewed = privateBrand(newCert, { nameEn: brand.nameEn!, trademarkValidUntil: dayAfter(start, 51) });
    const stale = await updateRequest(t.app, who.supplier, brand.id, brand.version, renewed);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');

    const pending = brandOf(await updateRequest(t.app, who.supplier, brand.id, expired.version, renewed));
    expect(pending).toMatchObject({
      status: 'pending',
      expiredAt: null,
      trademarkValidUntil: dayAfter(start, 51),
      validUntil: dayAfter(start, 51),
    });
    expect(pending.certificate.id).toBe(newCert);
    expect(await brandRow(t, brand.id)).toMatchObject({ remindersSent: [], expiredAt: null });

    const approved = await approveBrand(t.app, who.staff, pending);
    expect(approved.status).toBe('approved');
    await tickOn(start, 12); // 39 days left: nothing yet
    expect(await mailsOf(t.app, who.supplier.email, 'brandExpiring')).toHaveLength(2);
    await tickOn(start, 21); // 30 days left
    const reminders = await mailsOf(t.app, who.supplier.email, 'brandExpiring');
    expect(reminders.map((m) => m.subject.replace(/.*expires in /, '')).sort()).toEqual([
      '10 days',
      '30 days',
      '7 days',
    ]);
    expect((await brandRow(t, brand.id)).status).toBe('approved');
  });
});
