import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompanyDraft } from '../../../shared/schemas/suppliers.js';
import { addWorkingDays } from '../../../shared/working-days.js';
import { FakeClock } from '../../test/fake-clock.js';
import {
  createAccountsTestApp,
  detailCodes,
  errorOf,
  mailTo,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';
import {
  applicationOf,
  call,
  foreignCompany,
  getApplication,
  mainlandCompany,
  makeUser,
  materialRequest,
  saveDraft,
  saveRequest,
  submitRequest,
  submittedApplication,
  supplierStatus,
  upload,
  type TestUser,
} from '../../test/supplier-fixtures.js';
import { png } from '../../test/upload-corpus.js';

// Friday 3 May 2030, 10:00 in China; Monday 6 May is declared a holiday for this app.
const SUBMITTED_AT = '2030-05-03T02:00:00.000Z';

let t: AccountsTestApp;
beforeAll(async () => {
  t = await createAccountsTestApp({
    clock: new FakeClock(new Date(SUBMITTED_AT)),
    env: { PUBLIC_HOLIDAYS: '2030-05-06' },
  });
});
afterAll(async () => t?.close());

/** A user with a draft holding `company` and an attached business licence. */
async function draftWithLicence(company: CompanyDraft, user?: TestUser) {
  const u = user ?? (await makeUser(t));
  const draft = await saveDraft(t.app, u.cookie, company);
  const file = await upload(t.app, u.cookie, 'supplier_material');
  const withLicence = applicationOf(await materialRequest(t.app, u.cookie, draft.version, file.id));
  return { user: u, application: withLicence };
}

/** Codes by path of a 400 answer, e.g. { 'company.creditCode': 'required' }. */
const problemsOf = (res: Awaited<ReturnType<typeof call>>) => {
  expect(res.statusCode, res.body).toBe(400);
  expect(errorOf(res).code).toBe('VALIDATION_FAILED');
  return Object.fromEntries((errorOf(res).details ?? []).map((d) => [d.path, d.code]));
};

describe('saving the draft', () => {
  it('first save without a version creates; then a version is required and must be current', async () => {
    const user = await makeUser(t);
    expect(await getApplication(t.app, user.cookie)).toBeNull();
    const created = await saveDraft(t.app, user.cookie, { companyNameEn: 'First Name Ltd' });
    expect(created).toMatchObject({ status: 'draft', version: 1, submittedAt: null, dueAt: null, rejection: null });

    const again = await saveRequest(t.app, user.cookie, { companyNameEn: 'Other window' });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('VERSION_CONFLICT');

    const second = await saveDraft(t.app, user.cookie, { companyNameEn: 'Second Name Ltd' }, 1);
    expect(second.version).toBe(2);
    const stale = await saveRequest(t.app, user.cookie, { companyNameEn: 'Stale tab' }, 1);
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    expect(errorOf(stale).details).toMatchObject([{ code: 'version_conflict', params: { current: 2 } }]);
    expect(await getApplication(t.app, user.cookie)).toMatchObject({
      version: 2,
      company: { companyNameEn: 'Second Name Ltd' },
    });
  });

  it('accepts partial drafts, and a save replaces the details (left-out fields are cleared)', async () => {
    const user = await makeUser(t);
    const first = await saveDraft(t.app, user.cookie, { country: 'CN', companyNameZh: '榕根' });
    expect(first.company).toEqual({ country: 'CN', companyNameZh: '榕根' });
    const next = await saveDraft(t.app, user.cookie, { companyNameEn: 'Roots', creditCode: '91350100m000100y43' }, 1);
    expect(next.company).toEqual({ companyNameEn: 'Roots', creditCode: '91350100M000100Y43' });
    expect(await supplierStatus(t.app, user.cookie)).toBe('draft');
  });

  it('refuses an invalid credit code even in a draft (400 on company.creditCode), changing nothing', async () => {
    const user = await makeUser(t);
    await saveDraft(t.app, user.cookie, { companyNameEn: 'Kept' });
    for (const [creditCode, code] of [
      ['91350100M000100Y44', 'credit_code_checksum'],
      ['91350100I000100Y43', 'credit_code_chars'],
      ['9135010', 'credit_code_length'],
    ]) {
      const res = await saveRequest(t.app, user.cookie, { companyNameEn: 'Changed', creditCode }, 1);
      const details = errorOf(res).details ?? [];
      expect(res.statusCode).toBe(400);
      expect(details).toHaveLength(1);
      expect(details[0]?.path).toMatch(/^(body\.)?company\.creditCode$/);
      expect(details[0]?.code).toBe(code);
    }
    expect(await getApplication(t.app, user.cookie)).toMatchObject({ version: 1, company: { companyNameEn: 'Kept' } });
  });

  it('requires sign-in', async () => {
    expect((await call(t.app, 'GET', '/api/supplier-application')).statusCode).toBe(401);
    const res = await call(t.app, 'PUT', '/api/supplier-application', { payload: { company: {} } });
    expect(res.statusCode).toBe(401);
  });
});

describe('materials', () => {
  it("refuses another user's file (404) and a file uploaded for another purpose (400)", async () => {
    const user = await makeUser(t);
    const stranger = await makeUser(t);
    const draft = await saveDraft(t.app, user.cookie, { companyNameEn: 'Mine' });
    const theirs = await upload(t.app, stranger.cookie, 'supplier_material');
    const res = await materialRequest(t.app, user.cookie, draft.version, theirs.id);
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('NOT_FOUND');
    expect((await materialRequest(t.app, user.cookie, draft.version, randomUUID())).statusCode).toBe(404);
    const logo = await upload(t.app, user.cookie, 'company_logo', 'logo.png', await png());
    const wrong = await materialRequest(t.app, user.cookie, draft.version, logo.id);
    expect(detailCodes(wrong)).toEqual(['file_wrong_purpose']);
    expect(await getApplication(t.app, user.cookie)).toMatchObject({ version: 1, materials: [] });
  });

  it('attaches and removes a material, each bumping the version', async () => {
    const { user, application } = await draftWithLicence({ companyNameEn: 'With licence' });
    expect(application.materials).toMatchObject([
      { type: 'business_licence', file: { contentType: 'application/pdf' } },
    ]);
    const id = application.materials[0]!.id;
    const stale = await call(t.app, 'DELETE', `/api/supplier-application/materials/${id}?version=1`, {
      cookie: user.cookie,
    });
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    const removed = await call(
      t.app,
      'DELETE',
      `/api/supplier-application/materials/${id}?version=${application.version}`,
      {
        cookie: user.cookie,
      },
    );
    expect(applicationOf(removed)).toMatchObject({ version: application.version + 1, materials: [] });
  });
});

describe('submitting', () => {
  it('refuses an incomplete application with a detail per missing field and the missing licence', async () => {
    const user = await makeUser(t);
    const draft = await saveDraft(t.app, user.cookie, { companyNameEn: 'Half done', country: 'CN' });
    const problems = problemsOf(await submitRequest(t.app, user.cookie, draft.version));
    expect(problems).toEqual({
      'company.companyType': 'required',
      'company.legalRepresentative': 'required',
      'company.registeredAddress': 'required',
      'company.businessAddress': 'required',
      'company.dateEstablished': 'required',
      'company.businessScope': 'required',
      'company.mainProducts': 'required',
      'company.contactPerson': 'required',
      'company.contactPhone': 'required',
      'company.contactEmail': 'required',
      'company.companyNameZh': 'required',
      'company.creditCode': 'required',
      materials: 'material_required',
    });
    const materials = errorOf(await submitRequest(t.app, user.cookie, draft.version)).details?.find(
      (d) => d.path === 'materials',
    );
    expect(materials?.params).toEqual({ type: 'business_licence' });
    expect(await getApplication(t.app, user.cookie)).toMatchObject({ status: 'draft', version: draft.version });
  });

  it('a mainland company needs its Chinese name and credit code', async () => {
    const { user, application } = await draftWithLicence(
      mainlandCompany({ companyNameZh: undefined, creditCode: undefined }),
    );
    expect(problemsOf(await submitRequest(t.app, user.cookie, application.version))).toEqual({
      'company.companyNameZh': 'required',
      'company.creditCode': 'required',
    });
  });

  it('a foreign company needs a registration number instead (no credit code, no Chinese name)', async () => {
    const missing = await draftWithLicence(foreignCompany({ registrationNumber: undefined }));
    expect(problemsOf(await submitRequest(t.app, missing.user.cookie, missing.application.version))).toEqual({
      'company.registrationNumber': 'required',
    });
    const ok = await draftWithLicence(foreignCompany());
    const submitted = applicationOf(await submitRequest(t.app, ok.user.cookie, ok.application.version));
    expect(submitted.status).toBe('submitted');
    expect(submitted.company.creditCode).toBeUndefined();
  });

  it('checks the phone number against the company country', async () => {
    const bad = await draftWithLicence(mainlandCompany({ contactPhone: '123' }));
    expect(problemsOf(await submitRequest(t.app, bad.user.cookie, bad.application.version))).toEqual({
      'company.contactPhone': 'phone_invalid',
    });
    // The country decides: a Chinese mobile number is no American number.
    const us = await draftWithLicence(foreignCompany({ country: 'US', contactPhone: '138 0013 8000' }));
    expect(problemsOf(await submitRequest(t.app, us.user.cookie, us.application.version))).toEqual({
      'company.contactPhone': 'phone_invalid',
    });
    const good = await draftWithLicence(mainlandCompany({ contactPhone: '138 0013 8000' }));
    expect(applicationOf(await submitRequest(t.app, good.user.cookie, good.application.version)).status).toBe(
      'submitted',
    );
  });

  it('submits with a due date 3 working days later and emails the applicant', async () => {
    const user = await makeUser(t);
    const company = mainlandCompany();
    const submitted = await submittedApplication(t.app, user, company);
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: SUBMITTED_AT, decidedAt: null });
    // Friday → (Monday is a holiday) Tuesday, Wednesday, Thursday 23:59:59.999 China time.
    expect(submitted.dueAt).toBe('2030-05-09T15:59:59.999Z');
    expect(submitted.dueAt).toBe(
      addWorkingDays(new Date(SUBMITTED_AT), 3, t.config.holidays, t.config.extraWorkdays).toISOString(),
    );
    expect(await getApplication(t.app, user.cookie)).toEqual(submitted);

    const mails = (await mailTo(t.app, user.email)).filter((m) => m.template === 'applicationSubmitted');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Your supplier authentication has been submitted');
    expect(mails[0]?.text).toContain(company.companyNameEn);
    expect(mails[0]?.text).toContain('May 9, 2030');
    await t.app.mailWorker.runOnce();
    expect((await mailTo(t.app, user.email)).find((m) => m.template === 'applicationSubmitted')?.status).toBe('sent');
  });

  it('locks the application while it is submitted: edits answer 409 INVALID_TRANSITION and change nothing', async () => {
    const user = await makeUser(t);
    const submitted = await submittedApplication(t.app, user);
    const v = submitted.version;
    const file = await upload(t.app, user.cookie, 'supplier_material');
    const attempts = [
      await saveRequest(t.app, user.cookie, mainlandCompany(), v),
      await materialRequest(t.app, user.cookie, v, file.id, 'tax_registration'),
      await call(t.app, 'DELETE', `/api/supplier-application/materials/${submitted.materials[0]!.id}?version=${v}`, {
        cookie: user.cookie,
      }),
      await submitRequest(t.app, user.cookie, v),
    ];
    for (const res of attempts) {
      expect(res.statusCode, res.body).toBe(409);
      expect(errorOf(res).code).toBe('INVALID_TRANSITION');
      expect(errorOf(res).details).toMatchObject([{ code: 'invalid_transition', params: { status: 'submitted' } }]);
    }
    expect(await getApplication(t.app, user.cookie)).toEqual(submitted);
  });
});

describe('privacy and the personal center', () => {
  it("another user's application is invisible: they see their own (null) and create their own", async () => {
    const owner = await makeUser(t);
    const other = await makeUser(t);
    const mine = await saveDraft(t.app, owner.cookie, { companyNameEn: 'Owner Co' });
    expect(await getApplication(t.app, other.cookie)).toBeNull();
    const theirs = await saveDraft(t.app, other.cookie, { companyNameEn: 'Other Co' });
    expect(theirs.id).not.toBe(mine.id);
    expect(await getApplication(t.app, owner.cookie)).toMatchObject({
      id: mine.id,
      company: { companyNameEn: 'Owner Co' },
    });
    const review = await call(t.app, 'GET', `/api/admin/supplier-applications/${mine.id}`, { cookie: other.cookie });
    expect(review.statusCode).toBe(403);
  });

  it('shows the status none → draft → submitted → rejected → submitted → approved', async () => {
    const user = await makeUser(t);
    const staff = await makeUser(t, { staff: true });
    expect(await supplierStatus(t.app, user.cookie)).toBe('none');
    await saveDraft(t.app, user.cookie, mainlandCompany());
    expect(await supplierStatus(t.app, user.cookie)).toBe('draft');
    const submitted = await submittedApplication(t.app, user);
    expect(await supplierStatus(t.app, user.cookie)).toBe('submitted');
    const rejected = applicationOf(
      await call(t.app, 'POST', `/api/admin/supplier-applications/${submitted.id}/reject`, {
        cookie: staff.cookie,
        payload: { version: submitted.version, reasons: [{ target: 'general', code: 'other' }] },
      }),
    );
    expect(await supplierStatus(t.app, user.cookie)).toBe('rejected');
    const resubmitted = applicationOf(await submitRequest(t.app, user.cookie, rejected.version));
    expect(await supplierStatus(t.app, user.cookie)).toBe('submitted');
    applicationOf(
      await call(t.app, 'POST', `/api/admin/supplier-applications/${submitted.id}/approve`, {
        cookie: staff.cookie,
        payload: { version: resubmitted.version },
      }),
    );
    expect(await supplierStatus(t.app, user.cookie)).toBe('approved');
  });
});
