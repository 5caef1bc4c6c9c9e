import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Brand } from '../../../shared/schemas/brands.js';
import { FakeClock } from '../../test/fake-clock.js';
import {
  createAccountsTestApp,
  detailCodes,
  errorOf,
  HOUR_MS,
  mailTo,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';
import {
  ADMIN_BRANDS,
  agencyBrand,
  approveBrand,
  approveBrandRequest,
  brandAudit,
  brandOf,
  brandRow,
  certificate,
  createBrand,
  DAY_MS,
  fastSupplier,
  mailsOf,
  newPrivateBrand,
  privateBrand,
  rejectBrand,
  rejectBrandRequest,
  updateRequest,
  type TestSupplier,
} from '../../test/brand-fixtures.js';
import { call, makeUser, type TestUser } from '../../test/supplier-fixtures.js';
import { keepStaffSignedIn } from '../../test/two-factor-fixtures.js';

// Monday 3 June 2030, 10:00 in China: due at the end of Thursday 6 June.
const MONDAY = new Date('2030-06-03T02:00:00Z');

let t: AccountsTestApp;
let staff: TestUser;
let staff2: TestUser;
let supplier: TestSupplier;
beforeAll(async () => {
  t = await createAccountsTestApp({ clock: new FakeClock(MONDAY) });
  staff = await makeUser(t, { staff: true });
  staff2 = await makeUser(t, { staff: true });
  supplier = await fastSupplier(t, { locale: 'zh-CN' });
});
afterAll(async () => t?.close());
// The clock only moves forward here: staff sessions end after 8 h idle, decisions need a recent code.
const keepStaff = async () => {
  staff = await keepStaffSignedIn(t, staff);
  staff2 = await keepStaffSignedIn(t, staff2);
};
beforeEach(keepStaff);

type QueueItem = { id: string; status: string; overdue: boolean; dueAt: string; supplierName: string; kind: string };
const queue = async (query = '') => {
  const res = await call(t.app, 'GET', `${ADMIN_BRANDS}${query}`, { cookie: staff.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: QueueItem[] }>().items;
};
type Detail = {
  brand: Brand;
  supplier: { id: string; name: string; accountName: string };
  sameNameOtherSuppliers: { id: string; kind: string; status: string; supplierName: string }[];
};
const detail = async (id: string) => {
  const res = await call(t.app, 'GET', `${ADMIN_BRANDS}/${id}`, { cookie: staff.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Detail>();
};
/** Everything a refused decision must leave alone. */
const snapshot = async (brand: Brand) => ({
  row: await brandRow(t, brand.id),
  audit: (await brandAudit(t, brand.id)).length,
  mail: (await mailTo(t.app, supplier.email)).length,
});

/** A rejection with a general reason at the brand's current version. */
const rejectAgain = (brand: Brand) =>
  rejectBrandRequest(t.app, staff, brand.id, {
    version: brand.version,
    reasons: [{ target: 'general', code: 'other' }],
  });

describe('access to the brand review', () => {
  it('answers 401 to anonymous callers and 403 to suppliers and plain users on every route', async () => {
    const brand = await newPrivateBrand(t.app, supplier);
    const plain = await makeUser(t);
    const reject = { version: brand.version, reasons: [{ target: 'general', code: 'other' }] };
    const routes: ['GET' | 'POST', string, object | undefined][] = [
      ['GET', ADMIN_BRANDS, undefined],
      ['GET', `${ADMIN_BRANDS}?status=all`, undefined],
      ['GET', `${ADMIN_BRANDS}/${brand.id}`, undefined],
      ['POST', `${ADMIN_BRANDS}/${brand.id}/approve`, { version: brand.version }],
      ['POST', `${ADMIN_BRANDS}/${brand.id}/reject`, reject],
    ];
    for (const [method, url, payload] of routes) {
      expect((await call(t.app, method, url, { payload })).statusCode, url).toBe(401);
      for (const who of [supplier, plain]) {
        const res = await call(t.app, method, url, { cookie: who.cookie, payload });
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(errorOf(res).code).toBe('FORBIDDEN');
      }
    }
    expect((await brandRow(t, brand.id)).status).toBe('pending');
    const missing = await call(t.app, 'GET', `${ADMIN_BRANDS}/${randomUUID()}`, { cookie: staff.cookie });
    expect(missing.statusCode).toBe(404);
  });
});

describe('the queue', () => {
  it('lists pending brands oldest first with their due date, and flags the overdue ones', async () => {
    const start = t.clock.now();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await newPrivateBrand(t.app, supplier)).id);
      t.clock.advance(HOUR_MS);
    }
    const mine = (items: QueueItem[]) => items.filter((i) => ids.includes(i.id));
    const pending = mine(await queue());
    expect(pending.map((i) => i.id)).toEqual(ids);
    expect(pending[0]).toMatchObject({ kind: 'private', status: 'pending', supplierName: supplier.supplierName });
    expect(pending.every((i) => !i.overdue)).toBe(true);
    expect(mine(await queue('?overdue=true'))).toEqual([]);

    t.clock.set(new Date(new Date(pending[0]!.dueAt).getTime() + 1));
    await keepStaff();
    const late = mine(await queue());
    expect(late.map((i) => i.overdue)).toEqual([true, true, true]);
    expect(mine(await queue('?overdue=true')).map((i) => i.id)).toEqual(ids);
    expect(new Date(pending[0]!.dueAt).getTime() - start.getTime()).toBeLessThan(4 * DAY_MS);

    await approveBrand(t.app, staff, { id: ids[0]!, version: 1 });
    expect(mine(await queue()).map((i) => i.id)).toEqual(ids.slice(1));
    expect(mine(await queue('?status=approved'))).toEqual([expect.objectContaining({ id: ids[0], overdue: false })]);
  });
});

describe('decisions', () => {
  it('approves: approved, version + 1, an audit row and an email in the owner’s language', async () => {
    const brand = await newPrivateBrand(t.app, supplier, { nameZh: '莲花' });
    const approved = await approveBrand(t.app, staff, brand);
    expect(approved).toMatchObject({ status: 'approved', version: 2, rejection: null });
    expect(approved.decidedAt).toBe(t.clock.now().toISOString());
    const audit = await brandAudit(t, brand.id);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'brand.approve', actorId: staff.id, entityType: 'brand' }),
    ]);
    const mail = (await mailsOf(t.app, supplier.email, 'brandApproved')).find((m) => m.text.includes(brand.id));
    expect(mail?.subject).toContain('已通过审核');
    expect(mail?.subject).toContain(brand.nameEn!);
    expect(mail?.text).toContain(`/zh-CN/supplier/brands/${brand.id}`);
  });

  it('rejects with coded reasons: the email lists them in the owner’s language', async () => {
    const english = await fastSupplier(t, { locale: 'en' });
    for (const [owner, expected] of [
      [supplier, ['商标注册证: 文件不清晰', '整体: 其他原因 — 请上传彩色扫描件']],
      [
        english,
        ['Trademark certificate: the copy is unreadable', 'General: other reason — please upload a colour scan'],
      ],
    ] as const) {
      const brand = await newPrivateBrand(t.app, owner);
      const reasons = [
        { target: 'brand.certificateFileId', code: 'unclear_copy' },
        {
          target: 'general',
          code: 'other',
          note: owner === supplier ? '请上传彩色扫描件' : 'please upload a colour scan',
        },
      ];
      const rejected = brandOf(await rejectBrandRequest(t.app, staff, brand.id, { version: 1, reasons }));
      expect(rejected).toMatchObject({ status: 'rejected', version: 2, rejection: { reasons, note: null } });
      expect((await brandAudit(t, brand.id)).map((a) => [a.action, a.actorId])).toEqual([['brand.reject', staff.id]]);
      const mails = await mailsOf(t.app, owner.email, 'brandRejected');
      const mail = mails.find((m) => m.subject.includes(brand.nameEn!));
      for (const text of expected) expect(mail?.text).toContain(text);
    }
  });

  it('refuses a rejection without reasons or with an unknown target', async () => {
    const brand = await newPrivateBrand(t.app, supplier);
    const empty = await rejectBrandRequest(t.app, staff, brand.id, { version: 1, reasons: [] });
    expect(detailCodes(empty)).toContain('reason_required');
    for (const target of ['company.nameEn', 'brand.', 'brand.noSuchField']) {
      const res = await rejectBrandRequest(t.app, staff, brand.id, {
        version: 1,
        reasons: [{ target, code: 'other' }],
      });
      expect(res.statusCode, `${target}: ${res.body}`).toBe(400);
      expect(detailCodes(res)).toContain('target_invalid');
    }
    expect(await brandRow(t, brand.id)).toMatchObject({ status: 'pending', version: 1 });
  });

  it('answers 409 INVALID_TRANSITION to a second decision and changes nothing', async () => {
    const approved = await approveBrand(t.app, staff, await newPrivateBrand(t.app, supplier));
    const rejected = await rejectBrand(t.app, staff, await newPrivateBrand(t.app, supplier));
    const attempts: [Brand, () => ReturnType<typeof approveBrandRequest>][] = [
      [approved, () => approveBrandRequest(t.app, staff, approved.id, approved.version)],
      [approved, () => rejectAgain(approved)],
      [rejected, () => rejectAgain(rejected)],
      [rejected, () => approveBrandRequest(t.app, staff, rejected.id, rejected.version)],
    ];
    for (const [brand, attempt] of attempts) {
      const before = await snapshot(brand);
      const res = await attempt();
      expect(res.statusCode, res.body).toBe(409);
      expect(errorOf(res).code).toBe('INVALID_TRANSITION');
      expect(await snapshot(brand)).toEqual(before);
    }
  });

  it('lets exactly one of two concurrent approvals with the same version through', async () => {
    const brand = await newPrivateBrand(t.app, supplier);
    const results = await Promise.all([
      approveBrandRequest(t.app, staff, brand.id, brand.version),
      approveBrandRequest(t.app, staff2, brand.id, brand.version),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await brandRow(t, brand.id)).toMatchObject({ status: 'approved', version: 2 });
    expect(await brandAudit(t, brand.id)).toHaveLength(1);
    const mails = await mailsOf(t.app, supplier.email, 'brandApproved');
    expect(mails.filter((m) => m.text.includes(brand.id))).toHaveLength(1);
  });
});

describe('what a decision leaves behind', () => {
  it('audits the decided columns and answers a refused decision in the brand’s own words', async () => {
    const approved = await approveBrand(t.app, staff, await newPrivateBrand(t.app, supplier));
    expect((await brandAudit(t, approved.id)).map((a) => a.details)).toEqual([
      { version: 1, rejectionReasons: null, rejectionNote: null },
    ]);
    const brand = await newPrivateBrand(t.app, supplier);
    const reasons = [{ target: 'brand.trademarkNumber', code: 'information_mismatch' }];
    brandOf(await rejectBrandRequest(t.app, staff, brand.id, { version: 1, reasons, note: '请核对注册号' }));
    expect((await brandAudit(t, brand.id)).map((a) => a.details)).toEqual([
      { version: 1, rejectionReasons: reasons, rejectionNote: '请核对注册号' },
    ]);
    const mail = (await mailsOf(t.app, supplier.email, 'brandRejected')).find((m) => m.subject.includes(brand.nameEn!));
    expect(mail?.text).toContain('请核对注册号');

    const pending = await newPrivateBrand(t.app, supplier);
    const stale = await approveBrandRequest(t.app, staff, pending.id, pending.version + 1);
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale)).toEqual({
      code: 'VERSION_CONFLICT',
      message: 'Another reviewer has already decided this brand',
      requestId: expect.any(String),
    });
    const twice = await approveBrandRequest(t.app, staff, approved.id, approved.version);
    expect(errorOf(twice)).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'Not possible for a brand that is approved',
      requestId: expect.any(String),
    });
    expect((await approveBrandRequest(t.app, staff, randomUUID(), 1)).statusCode).toBe(404);
  });

  it('lists decided brands newest first and searches the staff’s text literally', async () => {
    const first = await newPrivateBrand(t.app, supplier, { trademarkNumber: `TM-${randomUUID().slice(0, 8)}` });
    t.clock.advance(HOUR_MS);
    const second = await newPrivateBrand(t.app, supplier);
    await keepStaff();
    await rejectBrand(t.app, staff, first);
    await rejectBrand(t.app, staff, second);
    const mine = (items: QueueItem[]) => items.map((i) => i.id).filter((id) => [first.id, second.id].includes(id));
    expect(mine(await queue('?status=rejected'))).toEqual([second.id, first.id]);
    expect(mine(await queue('?status=all'))).toEqual([second.id, first.id]);
    expect(mine(await queue(`?status=all&q=${encodeURIComponent(first.trademarkNumber.toLowerCase())}`))).toEqual([
      first.id,
    ]);
    expect(mine(await queue('?status=all&q=%25'))).toEqual([]);
  });
});

describe('edit and resubmit', () => {
  it('puts a rejected brand back in the queue with the reasons cleared, then it can be approved', async () => {
    const brand = await newPrivateBrand(t.app, supplier);
    const rejected = await rejectBrand(t.app, staff, brand);
    t.clock.advance(3 * DAY_MS);
    await keepStaff();
    const newCert = await certificate(t.app, supplier, '清晰的商标注册证.pdf');
    const input = privateBrand(newCert, { nameEn: brand.nameEn!, trademarkNumber: 'TM-FIXED' });

    const stale = await updateRequest(t.app, supplier, brand.id, brand.version, input);
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    const kind = await updateRequest(t.app, supplier, brand.id, rejected.version, agencyBrand(newCert, newCert));
    expect(kind.statusCode).toBe(400);
    expect(detailCodes(kind)).toEqual(['kind_fixed']);
    expect(await brandRow(t, brand.id)).toMatchObject({ status: 'rejected', version: rejected.version });

    const resubmitted = brandOf(await updateRequest(t.app, supplier, brand.id, rejected.version, input));
    expect(resubmitted).toMatchObject({
      status: 'pending',
      version: rejected.version + 1,
      rejection: null,
      decidedAt: null,
      trademarkNumber: 'TM-FIXED',
      submittedAt: t.clock.now().toISOString(),
    });
    expect(resubmitted.certificate.id).toBe(newCert);
    expect(new Date(resubmitted.dueAt!).getTime()).toBeGreaterThan(new Date(rejected.dueAt!).getTime());
    expect((await brandRow(t, brand.id)).rejectionReasons).toBeNull();
    expect((await queue()).some((i) => i.id === brand.id)).toBe(true);

    const again = await updateRequest(t.app, supplier, brand.id, resubmitted.version, input);
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('INVALID_TRANSITION');
    const old = await approveBrandRequest(t.app, staff, brand.id, rejected.version);
    expect(errorOf(old).code).toBe('VERSION_CONFLICT');
    expect((await approveBrand(t.app, staff, resubmitted)).status).toBe('approved');
    const put = await updateRequest(t.app, supplier, brand.id, resubmitted.version + 1, input);
    expect(errorOf(put).code).toBe('INVALID_TRANSITION');
  });
});

describe('the brand in the console', () => {
  it("flags other suppliers' private brands with the same name, not the supplier's own or agency ones", async () => {
    const name = `Peony ${randomUUID().slice(0, 8)}`;
    const brand = await newPrivateBrand(t.app, supplier, { nameEn: name, nameZh: '牡丹' });
    const rival = await fastSupplier(t);
    const theirs = await newPrivateBrand(t.app, rival, { nameEn: name.toUpperCase() });
    const byZh = await newPrivateBrand(t.app, await fastSupplier(t), { nameEn: undefined, nameZh: '牡丹' });
    const agent = await fastSupplier(t);
    const agency = await createBrand(
      t.app,
      agent,
      agencyBrand(await certificate(t.app, agent), await certificate(t.app, agent, 'auth.pdf'), { nameEn: name }),
    );
    const own = await newPrivateBrand(t.app, supplier, { nameEn: `${name} Pro` });
    await rejectBrand(t.app, staff, own);
    const ownSame = await newPrivateBrand(t.app, supplier, { nameEn: `${name} Pro`, nameZh: undefined });

    const seen = await detail(brand.id);
    expect(seen.brand).toMatchObject({ id: brand.id, status: 'pending' });
    expect(seen.supplier).toEqual({
      id: supplier.supplierId,
      name: supplier.supplierName,
      accountName: supplier.accountName,
    });
    const flagged = seen.sameNameOtherSuppliers.map((b) => b.id);
    expect(flagged.sort()).toEqual([theirs.id, byZh.id].sort());
    expect(flagged).not.toContain(agency.id);
    expect(seen.sameNameOtherSuppliers.find((b) => b.id === theirs.id)).toMatchObject({
      kind: 'private',
      status: 'pending',
      supplierName: rival.supplierName,
    });
    expect((await detail(theirs.id)).sameNameOtherSuppliers.map((b) => b.id)).toContain(brand.id);
    expect((await detail(ownSame.id)).sameNameOtherSuppliers).toEqual([]);
  });
});
