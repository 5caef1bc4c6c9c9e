import { expect, type Page, test } from '@playwright/test';
import { approvedSupplier, staffPage } from './brand-helpers.js';
import { formButton, label } from './helpers.js';
import { text } from './i18n.js';
import { holdAnswers } from './network.js';
import {
  chineseCompany,
  fillCompany,
  makePdf,
  makePng,
  nextStep,
  signUpAndIn,
  stepHeading,
  stepHeadingOf as heading,
  writeFiles,
} from './supplier-helpers.js';

/**
 * Issue 10's input races, made certain by holding the server's answer back: what a person typed
 * or chose is never overwritten by an answer requested before it, and an upload that shows as
 * done is done for the check that follows.
 */

const SELECTS = { country: 'CN', companyType: 'limited_liability', registeredCapitalCurrency: 'CNY' } as const;
const companyField = (page: Page, name: string) => label(page, 'en', `supplier.fields.${name}`);
const openWizard = async (page: Page) => {
  await page.getByTestId('supplier-entry').getByRole('link', { name: 'Supplier Authentication' }).click();
  await expect(heading(page)).toHaveText(stepHeading('en', 'company'));
};

test.describe('forms never lose input to a late answer', () => {
  test('step 1: a late autosave answer does not empty the selects chosen after it', async ({ page }) => {
    const user = await signUpAndIn(page, 'race_draft');
    const company = chineseCompany(`Late Answer Trading ${user.accountName}`);
    await openWizard(page);

    // The draft is saved on the way out of the page; its answer comes late.
    const saveAnswer = await holdAnswers(
      page,
      (r) => r.method() === 'PUT' && new URL(r.url()).pathname === '/api/supplier-application',
    );
    await companyField(page, 'companyNameEn').fill('First Words Ltd');
    await page
      .getByRole('navigation', { name: text('en', 'nav.breadcrumb') })
      .getByRole('link', { name: 'Personal Center' })
      .click();
    await saveAnswer.sent;
    await expect(page.getByTestId('personal-center')).toBeVisible();

    // Back at once: the wizard opens on what was known before that save answered.
    await openWizard(page);
    saveAnswer.release();
    await fillCompany(page, 'en', company);
    await expect(page.getByTestId('save-status')).toHaveText('Saved');

    for (const [name, value] of Object.entries(SELECTS)) await expect(companyField(page, name)).toHaveValue(value);
    await expect(companyField(page, 'companyNameEn')).toHaveValue(company.companyNameEn);
    await nextStep(page, 'en').click();
    await expect(heading(page)).toHaveText(stepHeading('en', 'materials'));
    // And the server kept what the person chose.
    await page.reload();
    for (const [name, value] of Object.entries(SELECTS)) await expect(companyField(page, name)).toHaveValue(value);
  });

  test('step 2: "Next Step" right after the business licence is uploaded goes on', async ({ page }) => {
    const files = writeFiles({ 'licence.png': makePng(320, 240, [30, 120, 200]) });
    const user = await signUpAndIn(page, 'race_upload');
    await openWizard(page);
    await fillCompany(page, 'en', chineseCompany(`Quick Click Trading ${user.accountName}`));
    await nextStep(page, 'en').click();
    await expect(heading(page)).toHaveText(stepHeading('en', 'materials'));

    // The file is stored; attaching it to the application answers late.
    const attachAnswer = await holdAnswers(
      page,
      (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/supplier-application/materials',
    );
    const stored = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/files' && r.status() === 201);
    await page.getByTestId('upload-business_licence').setInputFiles(files['licence.png']!);
    await stored;
    await attachAnswer.sent;
    await nextStep(page, 'en').click();
    attachAnswer.release();

    await expect(heading(page)).toHaveText(stepHeading('en', 'confirm'));
    await expect(page.getByText(text('en', 'validation.material_required').split('{{')[0]!)).toHaveCount(0);
    await expect(page.getByTestId('confirm-step')).toContainText('licence.png');
  });

  test('New Brand: fields typed in the first moment are still there after "Next Step"', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const files = writeFiles({ 'certificate.pdf': makePdf('Trademark registration certificate') });
    const staff = await staffPage(browser);
    const user = await approvedSupplier(page, staff, 'race_brand');
    await staff.context().close();
    const name = `Quick Roots ${user.accountName.slice(-7)}`;

    // The supplier center's answers (who is signed in, the profile) come late.
    const late = await holdAnswers(page, (r) =>
      ['/api/auth/me', '/api/supplier/profile'].includes(new URL(r.url()).pathname),
    );
    await page.goto('/en/supplier/brands/new/private');
    await late.sent;
    late.release();
    const nameEn = label(page, 'en', 'brands.fields.nameEn');
    await nameEn.fill(name);
    await label(page, 'en', 'brands.fields.trademarkNumber').fill('TM20250001');
    await label(page, 'en', 'brands.fields.trademarkCountry').selectOption('CN');
    await page.getByRole('checkbox', { name: 'Class 8', exact: true }).check();
    await label(page, 'en', 'brands.fields.trademarkValidUntil').fill('2034-05-31');
    await page.getByTestId('upload-certificate').setInputFiles(files['certificate.pdf']!);
    await expect(page.getByTestId('file-card-certificate')).toContainText('certificate.pdf');

    await formButton(page, 'en', 'terms.nextStep').click();
    await expect(page.getByTestId('brand-confirm')).toContainText(name);
    await expect(page.getByTestId('brand-confirm')).toContainText('TM20250001');
  });
});
