import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../../shared/schemas/suppliers.js';
import { auditLog } from '../../platform/audit.tables.js';
import { FakeClock } from '../../test/fake-clock.js';
import {
  createAccountsTestApp,
  detailCodes,
  errorOf,
  HOUR_MS,
  mailTo,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';
import {
  applicationOf,
  approveRequest,
  call,
  creditCode,
  getApplication,
  mainlandCompany,
  makeUser,
  materialRequest,
  saveDraft,
  submitRequest,
  submittedApplication,
  supplierStatus,
  upload,
  type TestUser,
} from '../../test/supplier-fixtures.js';
import { keepStaffSignedIn } from '../../test/two-factor-fixtures.js';
import { pdf } from '../../test/upload-corpus.js';
import { suppliers } from './suppliers.tables.js';

// Monday 3 June 2030, 10:00 in China.
const MONDAY = new Date('2030-06-03T02:00:00Z');
const DAY_MS = 86_400_000;
const ADMIN = '/api/admin/supplier-applications';

let t: AccountsTestApp;
let staff: TestUser;
let staff2: TestUser;
beforeAll(async () => {
  t = await createAccountsTestApp({ clock: new FakeClock(MONDAY) });
  staff = await makeUser(t, { staff: true });
  staff2 = await makeUser(t, { staff: true });
});
afterAll(async () => t?.close());
// Tests that move the clock put it back, even when they fail.
afterEach(() => t.clock.set(MONDAY));

const reject = (id: string, body: object, who: TestUser = staff, ip?: string) =>
  call(t.app, 'POST', `${ADMIN}/${id}/reject`, { cookie: who.cookie, payload: body, ip });
const detail = async (id: string) => {
  const res = await call(t.app, 'GET', `${ADMIN}/${id}`, { cookie: staff.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    application: Application;
    changes: { fields: string[]; materialsAdded: string[]; materialsRemoved: string[] } | null;
    sameCreditCode: { id: string; status: string; companyNameEn: string | null }[];
    history: { kind: string }[];
  }>();
};
const auditRows = (id: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
const supplierRows = (userId: string) => t.database.db.select().from(suppliers).where(eq(suppliers.userId, userId));

describe('rejecting, correcting and resubmitting', () => {
  it('gives coded reasons per field and per material, in the applicant’s language, and shows what changed', async () => {
    const user = await makeUser(t);
    const locale = await call(t.app, 'PATCH', '/api/account', { cookie: user.cookie, payload: { locale: 'ru' } });
    expect(locale.statusCode).toBe(200);
    const company = mainlandCompany();
    const submitted = await submittedApplication(t.app, user, company);
    const licence = submitted.materials[0]!;
    const reasons = [
      { target: 'company.companyNameEn', code: 'information_mismatch', note: 'Name differs from the licence' },
      { target: `material:${licence.id}`, code: 'unclear_copy' },
    ];

    // A reason about a material that is not part of the application is refused.
    const unknown = await reject(submitted.id, {
      version: submitted.version,
      reasons: [{ target: `material:${randomUUID()}`, code: 'unclear_copy' }],
    });
    expect(detailCodes(unknown)).toEqual(['target_invalid']);
    expect(detailCodes(await reject(submitted.id, { version: submitted.version, reasons: [] }))).toEqual([
      'reason_required',
    ]);

    t.clock.set(new Date(MONDAY.getTime() + HOUR_MS)); // decided an hour later
    staff = await keepStaffSignedIn(t, staff);
    const rejected = applicationOf(
      await reject(submitted.id, { version: submitted.version, reasons, note: 'Please resend' }),
    );
    expect(rejected).toMatchObject({ status: 'rejected', rejection: { reasons, note: 'Please resend' } });
    const seen = await getApplication(t.app, user.cookie);
    expect(seen).toMatchObject({ status: 'rejected', rejection: { reasons, note: 'Please resend' } });
    expect(seen?.decidedAt).toBe('2030-06-03T03:00:00.000Z');

    const mail = (await mailTo(t.app, user.email)).find((m) => m.template === 'applicationRejected');
    expect(mail?.subject).toBe('Заявку на аутентификацию поставщика нужно исправить');
    expect(mail?.text).toContain(
      'Название компании (на английском): сведения не совпадают с документами — Name differs from the licence',
    );
    expect(mail?.text).toContain('Свидетельство о регистрации (бизнес-лицензия): копия неразборчива');
    expect(mail?.text).toContain('Please resend');
    expect(mail?.text).toContain('Исправьте сведения или документы и отправьте заявку снова.');

    // Editing keeps the reasons visible until the resubmission.
    let version = (
      await saveDraft(
        t.app,
        user.cookie,
        { ...company, companyNameEn: `${company.companyNameEn} (corrected)`, contactPerson: '王芳' },
        rejected.version,
      )
    ).version;
    expect(await getApplication(t.app, user.cookie)).toMatchObject({ status: 'rejected', rejection: { reasons } });
    const removed = await call(
      t.app,
      'DELETE',
      `/api/supplier-application/materials/${licence.id}?version=${version}`,
      {
        cookie: user.cookie,
      },
    );
    version = applicationOf(removed).version;
    const rescan = await upload(
      t.app,
      user.cookie,
      'supplier_material',
      '营业执照-清晰.pdf',
      pdf({ text: 'clear scan' }),
    );
    const replaced = applicationOf(await materialRequest(t.app, user.cookie, version, rescan.id));
    t.clock.set(new Date(MONDAY.getTime() + 2 * HOUR_MS)); // corrected an hour after that
    const resubmitted = applicationOf(await submitRequest(t.app, user.cookie, replaced.version));
    expect(resubmitted).toMatchObject({ status: 'submitted', rejection: null });
    t.clock.set(MONDAY);

    const view = await detail(submitted.id);
    expect(view.changes).toEqual({
      fields: ['companyNameEn', 'contactPerson'],
      materialsAdded: [replaced.materials[0]!.id],
      materialsRemoved: ['business_licence'],
    });
    expect(view.history.map((h) => h.kind)).toEqual(['submitted', 'rejected', 'submitted']);
  });

  it('reports no material change when the same file content is attached again', async () => {
    const user = await makeUser(t);
    const submitted = await submittedApplication(t.app, user);
    const rejected = applicationOf(
      await reject(submitted.id, { version: submitted.version, reasons: [{ target: 'general', code: 'other' }] }),
    );
    const again = await upload(t.app, user.cookie, 'supplier_material', 'same.pdf', pdf());
    const added = applicationOf(await materialRequest(t.app, user.cookie, rejected.version, again.id, 'other'));
    applicationOf(await submitRequest(t.app, user.cookie, added.version));
    expect((await detail(submitted.id)).changes).toEqual({ fields: [], materialsAdded: [], materialsRemoved: [] });
  });
});

describe('approving', () => {
  it('creates the supplier, turns the personal center to "Supplier" and opens the supplier center', async () => {
    const user = await makeUser(t);
    const company = mainlandCompany();
    const submitted = await submittedApplication(t.app, user, company);
    const before = await call(t.app, 'GET', '/api/supplier/profile', { cookie: user.cookie });
    expect(before.statusCode).toBe(403);
    expect(errorOf(before).code).toBe('SUPPLIER_NOT_APPROVED');

    t.clock.set(new Date(MONDAY.getTime() + DAY_MS));
    staff = await keepStaffSignedIn(t, staff);
    const approved = applicationOf(await approveRequest(t.app, staff, submitted.id, submitted.version));
    t.clock.set(MONDAY);
    expect(approved).toMatchObject({ status: 'approved', version: submitted.version + 1, rejection: null });
    expect(approved.decidedAt).toBe('2030-06-04T02:00:00.000Z');
    const rows = await supplierRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      applicationId: submitted.id,
      nameZh: company.companyNameZh,
      nameEn: company.companyNameEn,
      country: 'CN',
      contactEmail: company.contactEmail,
    });
    expect(rows[0]?.approvedAt.toISOString()).toBe('2030-06-04T02:00:00.000Z');
    expect(await supplierStatus(t.app, user.cookie)).toBe('approved');
    const profile = await call(t.app, 'GET', '/api/supplier/profile', { cookie: user.cookie });
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ profile: { id: rows[0]!.id, nameEn: company.companyNameEn } });
    const mail = (await mailTo(t.app, user.email)).find((m) => m.template === 'applicationApproved');
    expect(mail?.text).toContain(company.companyNameEn);
  });

  it('refuses illegal transitions with 409 and changes nothing', async () => {
    const user = await makeUser(t);
    const submitted = await submittedApplication(t.app, user);
    const approved = applicationOf(await approveRequest(t.app, staff, submitted.id, submitted.version));
    const audits = (await auditRows(submitted.id)).length;
    for (const res of [
      await approveRequest(t.app, staff, submitted.id, approved.version),
      await reject(submitted.id, { version: approved.version, reasons: [{ target: 'general', code: 'other' }] }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(errorOf(res).code).toBe('INVALID_TRANSITION');
    }
    expect(await getApplication(t.app, user.cookie)).toEqual(approved);
    expect(await supplierRows(user.id)).toHaveLength(1);
    expect(await auditRows(submitted.id)).toHaveLength(audits);

    const drafter = await makeUser(t);
    const draft = await saveDraft(t.app, drafter.cookie, mainlandCompany());
    const rejectDraft = await reject(draft.id, {
      version: draft.version,
      reasons: [{ target: 'general', code: 'other' }],
    });
    expect([rejectDraft.statusCode, errorOf(rejectDraft).code]).toEqual([409, 'INVALID_TRANSITION']);
    const approveDraft = await approveRequest(t.app, staff, draft.id, draft.version);
    expect([approveDraft.statusCode, errorOf(approveDraft).code]).toEqual([409, 'INVALID_TRANSITION']);
    expect(await getApplication(t.app, drafter.cookie)).toEqual(draft);
    expect(await supplierRows(drafter.id)).toEqual([]);
    expect(await auditRows(draft.id)).toEqual([]);
    expect((await approveRequest(t.app, staff, randomUUID(), 1)).statusCode).toBe(404);
  });

  it('refuses a stale version with 409 VERSION_CONFLICT', async () => {
    const user = await makeUser(t);
    const submitted = await submittedApplication(t.app, user);
    const res = await approveRequest(t.app, staff, submitted.id, submitted.version - 1);
    expect([res.statusCode, errorOf(res).code]).toEqual([409, 'VERSION_CONFLICT']);
    expect(await getApplication(t.app, user.cookie)).toEqual(submitted);
  });

  it('lets exactly one of two staff approving at once win', async () => {
    const user = await makeUser(t);
    const submitted = await submittedApplication(t.app, user);
    const results = await Promise.all([
      approveRequest(t.app, staff, submitted.id, submitted.version),
      approveRequest(t.app, staff2, submitted.id, submitted.version),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await supplierRows(user.id)).toHaveLength(1);
    const approvals = (await auditRows(submitted.id)).filter((a) => a.action === 'supplier_application.approve');
    expect(approvals).toHaveLength(1);
    const winner = results[0]!.statusCode === 200 ? staff : staff2;
    expect(approvals[0]?.actorId).toBe(winner.id);
    expect((await mailTo(t.app, user.email)).filter((m) => m.template === 'applicationApproved')).toHaveLength(1);
  });
});

describe('audit and duplicate detection', () => {
  it('writes an audit_log row for every decision: actor, action, entity id and client address', async () => {
    const user = await makeUser(t);
    const submitted = await submittedApplication(t.app, user);
    const [ip1, ip2] = [uniqueIp(), uniqueIp()];
    const rejected = applicationOf(
      await reject(
        submitted.id,
        { version: submitted.version, reasons: [{ target: 'general', code: 'not_eligible' }] },
        staff,
        ip1,
      ),
    );
    const resubmitted = applicationOf(await submitRequest(t.app, user.cookie, rejected.version));
    applicationOf(await approveRequest(t.app, staff2, submitted.id, resubmitted.version, ip2));
    const rows = await auditRows(submitted.id);
    expect(rows.map((r) => [r.action, r.actorId, r.entityType, r.entityId, r.ip]).sort()).toEqual([
      ['supplier_application.approve', staff2.id, 'supplier_application', submitted.id, ip2],
      ['supplier_application.reject', staff.id, 'supplier_application', submitted.id, ip1],
    ]);
    const rejectRow = rows.find((r) => r.action === 'supplier_application.reject');
    expect(rejectRow?.details).toMatchObject({ version: submitted.version, reasons: [{ code: 'not_eligible' }] });
    const [byStaff] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, staff2.id), eq(auditLog.entityId, submitted.id)));
    expect(byStaff?.action).toBe('supplier_application.approve');
  });

  it('audits exactly what was decided and explains a refused decision', async () => {
    const user = await makeUser(t);
    const submitted = await submittedApplication(t.app, user);
    const stale = await approveRequest(t.app, staff, submitted.id, submitted.version + 1);
    expect(errorOf(stale)).toEqual({
      code: 'VERSION_CONFLICT',
      message: 'The application was changed in the meantime',
      details: [{ path: 'version', code: 'version_conflict', params: { current: submitted.version } }],
      requestId: expect.any(String),
    });
    const reasons = [{ target: 'general', code: 'other' }];
    const rejected = applicationOf(await reject(submitted.id, { version: submitted.version, reasons }));
    const resubmitted = applicationOf(await submitRequest(t.app, user.cookie, rejected.version));
    const approved = applicationOf(await approveRequest(t.app, staff, submitted.id, resubmitted.version));
    const details = Object.fromEntries((await auditRows(submitted.id)).map((r) => [r.action, r.details]));
    expect(details).toEqual({
      'supplier_application.reject': { version: submitted.version, reasons, note: null },
      'supplier_application.approve': { version: resubmitted.version },
    });
    expect(errorOf(await approveRequest(t.app, staff, submitted.id, approved.version))).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'Not possible while the application is approved',
      details: [{ path: 'status', code: 'invalid_transition', params: { status: 'approved' } }],
      requestId: expect.any(String),
    });
  });

  it('flags other applications with the same credit code (drafts aside)', async () => {
    const code = creditCode();
    const [first, second, drafter, unrelated] = [
      await makeUser(t),
      await makeUser(t),
      await makeUser(t),
      await makeUser(t),
    ];
    const a = await submittedApplication(t.app, first, mainlandCompany({ creditCode: code }));
    const b = await submittedApplication(t.app, second, mainlandCompany({ creditCode: code.toLowerCase() }));
    await saveDraft(t.app, drafter.cookie, mainlandCompany({ creditCode: code }));
    const c = await submittedApplication(t.app, unrelated);
    expect((await detail(a.id)).sameCreditCode).toEqual([
      { id: b.id, status: 'submitted', companyNameEn: b.company.companyNameEn },
    ]);
    expect((await detail(b.id)).sameCreditCode.map((x) => x.id)).toEqual([a.id]);
    expect((await detail(c.id)).sameCreditCode).toEqual([]);
  });
});
