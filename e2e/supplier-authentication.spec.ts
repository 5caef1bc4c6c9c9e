import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { staffPage } from './brand-helpers.js';
import { formButton, label } from './helpers.js';
import { LOCALES, text } from './i18n.js';
import {
  chineseCompany,
  fillCompany,
  makePdf,
  makePng,
  nextStep,
  prepareApplication,
  signUpAndIn,
  stepHeading,
  stepHeadingOf as heading,
  writeFiles,
} from './supplier-helpers.js';

test.describe('supplier authentication', () => {
  test('apply, rejected with a reason, resubmit, approved, corporate information, public page', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const files = writeFiles({
      'licence.png': makePng(640, 480, [30, 120, 200]),
      'licence-colour.png': makePng(800, 600, [200, 60, 40]),
      'iso9001.pdf': makePdf('ISO 9001 certificate'),
      'notes.txt': 'not a picture',
      'logo.png': makePng(200, 200, [20, 140, 80]),
    });
    const user = await signUpAndIn(page, 'applicant');
    const company = chineseCompany(`Deep Roots Trading ${user.accountName}`);

    // Not a supplier yet: the supplier center explains and links to the application.
    await page.goto('/en/supplier');
    await expect(page.getByTestId('not-supplier')).toContainText(text('en', 'errors.SUPPLIER_NOT_APPROVED'));
    // Not staff: the review console says so.
    await page.goto('/en/admin/supplier-applications');
    await expect(page.getByTestId('forbidden')).toContainText(text('en', 'review.forbidden.body'));

    // Guide 2.1: personal center → "Supplier Authentication".
    await page.goto('/en/account');
    await page.getByTestId('supplier-entry').getByRole('link', { name: 'Supplier Authentication' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Supplier Authentication');
    await expect(heading(page)).toHaveText(stepHeading('en', 'company'));

    // "Next Step" on an empty form: the problems are shown under their fields.
    await nextStep(page, 'en').click();
    await expect(label(page, 'en', 'supplier.fields.companyNameEn')).toHaveAttribute('aria-invalid', 'true');
    await expect(heading(page)).toHaveText(stepHeading('en', 'company'));

    await fillCompany(page, 'en', company);
    // The credit code is checked inline with the GB 32100 checksum.
    const code = label(page, 'en', 'supplier.fields.creditCode');
    const wrong = `${company.creditCode.slice(0, 17)}${company.creditCode.endsWith('0') ? '1' : '0'}`;
    await code.fill(wrong.toLowerCase());
    await expect(code).toHaveValue(wrong);
    await expect(page.getByText(text('en', 'validation.credit_code_checksum'))).toBeVisible();
    await code.fill(company.creditCode);
    await expect(code).not.toHaveAttribute('aria-invalid', 'true');

    // Saved as the user goes: leaving and coming back loses nothing.
    await expect(page.getByTestId('save-status')).toHaveText('Saved');
    await page.reload();
    await expect(label(page, 'en', 'supplier.fields.companyNameEn')).toHaveValue(company.companyNameEn);
    await expect(label(page, 'en', 'supplier.fields.creditCode')).toHaveValue(company.creditCode);

    await nextStep(page, 'en').click();
    await expect(heading(page)).toHaveText(stepHeading('en', 'materials'));
    await nextStep(page, 'en').click();
    const licenceSlot = page.getByTestId('material-business_licence');
    await expect(licenceSlot.getByTestId('field-error')).toBeVisible();

    await page.getByTestId('upload-business_licence').setInputFiles(files['licence.png']!);
    await expect(licenceSlot.getByTestId('file-card')).toContainText('licence.png');
    await expect(licenceSlot.locator('img.file-thumb')).toBeVisible();
    const certificates = page.getByTestId('material-quality_certificate');
    await page.getByTestId('upload-quality_certificate').setInputFiles(files['notes.txt']!);
    await expect(certificates.getByTestId('upload-error')).toContainText('This type of file is not accepted');
    await page.getByTestId('upload-quality_certificate').setInputFiles(files['iso9001.pdf']!);
    await expect(certificates.getByTestId('file-card')).toContainText('iso9001.pdf');
    await expect(certificates.locator('.file-icon')).toHaveText('PDF');

    await nextStep(page, 'en').click();
    await expect(heading(page)).toHaveText(stepHeading('en', 'confirm'));
    await expect(page.getByTestId('fact-companyNameEn')).toContainText(company.companyNameEn);
    await expect(page.getByTestId('confirm-step')).toContainText('iso9001.pdf');
    await formButton(page, 'en', 'supplierAuth.back').click();
    await expect(heading(page)).toHaveText(stepHeading('en', 'materials'));
    await nextStep(page, 'en').click();
    await formButton(page, 'en', 'terms.submit').click();

    // "Under review", with the due date in the page's language.
    await expect(page.getByTestId('application-status-badge')).toHaveText('Under review');
    const { application } = (await (await page.request.get('/api/supplier-application')).json()) as {
      application: { dueAt: string; id: string };
    };
    const due = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(application.dueAt),
    );
    await expect(page.getByTestId('due-at')).toHaveText(due);
    await expect(page.getByTestId('review-time-note')).toContainText('1–3 working days');

    // Staff reject the business licence with a coded reason.
    const staff = await staffPage(browser);
    await staff.getByTestId('review-console-link').click();
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Review console');
    await staff.getByRole('link', { name: company.companyNameEn }).click();
    await expect(staff.getByTestId('material-preview')).toHaveCount(2);
    await expect(staff.getByRole('link', { name: 'Download' }).first()).toHaveAttribute('href', /\?download=1$/);
    await staff.getByRole('button', { name: 'Reject', exact: true }).click();
    const form = staff.getByTestId('reject-form');
    await form.getByLabel('Concerns').selectOption({ label: 'Business licence — licence.png' });
    await form.getByLabel('Reason', { exact: true }).selectOption('unclear_copy');
    await form.getByLabel('Note for the applicant (optional)').fill('Please scan it in colour');
    await form.getByLabel('Overall note (optional)').fill('Almost there.');
    await form.getByRole('button', { name: 'Reject the application' }).click();
    await expect(staff.getByTestId('application-status-badge')).toHaveText('Not approved');

    // The user sees the reason next to the material, replaces it and changes an address.
    await page.reload();
    await expect(page.getByTestId('rejection-summary')).toContainText('Almost there.');
    await label(page, 'en', 'supplier.fields.businessAddress').fill('上海市浦东新区世纪大道100号');
    await nextStep(page, 'en').click();
    await expect(licenceSlot.getByTestId('review-remark')).toContainText(
      'The copy is unclear or unreadable — Please scan it in colour',
    );
    await page.getByTestId('upload-business_licence').setInputFiles(files['licence-colour.png']!);
    // "Replace": the new file is attached, then the old one (with its remark) removed.
    await expect(licenceSlot.getByTestId('file-card').filter({ hasText: 'licence-colour.png' })).toBeVisible();
    await expect(licenceSlot.getByTestId('file-card')).toHaveCount(1);
    await expect(licenceSlot.getByTestId('review-remark')).toHaveCount(0);
    await nextStep(page, 'en').click();
    await formButton(page, 'en', 'terms.submit').click();
    await expect(page.getByTestId('application-status-badge')).toHaveText('Under review');

    // Staff see what changed and approve.
    await staff.reload();
    await expect(staff.getByTestId('fact-businessAddress').getByTestId('changed-marker')).toBeVisible();
    await expect(staff.getByTestId('fact-companyNameEn').getByTestId('changed-marker')).toHaveCount(0);
    await expect(
      staff.getByTestId('material-preview').filter({ hasText: 'licence-colour.png' }).getByTestId('changed-marker'),
    ).toBeVisible();
    await staff.screenshot({ path: 'test-results/screens/review-detail.png', fullPage: true });
    await staff.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(staff.getByTestId('application-status-badge')).toHaveText('Approved');
    await staff.context().close();

    // Guide 2.2: the personal center now reads "Supplier" and leads to "Supplier Management".
    await page.goto('/en/account');
    await page.reload();
    const entry = page.getByTestId('supplier-entry').getByRole('link', { name: 'Supplier', exact: true });
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(page).toHaveURL(/\/en\/supplier\/profile$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Supplier Management');
    const nav = page.getByRole('navigation', { name: 'Supplier center' });
    await expect(nav.getByRole('link', { name: 'Corporate Information' })).toHaveAttribute('aria-current', 'page');
    for (const section of ['Licensed Brands', 'Product Management', 'Order Management']) {
      await expect(nav.getByRole('link', { name: section })).toBeVisible();
    }
    await expect(nav.getByText('Coming soon')).toHaveCount(0);

    const profileZh = '我们是一家专业生产园林工具和五金产品的企业，产品远销欧美和东南亚市场，拥有完善的质量管理体系。';
    const profileEn = 'We manufacture garden tools and hardware and export them to Europe, America and Southeast Asia.';
    await page.getByRole('tab', { name: /中文/ }).click();
    await page.getByRole('tabpanel').getByLabel('Company profile', { exact: true }).fill(profileZh);
    await page.getByRole('tab', { name: /English/ }).click();
    await page.getByRole('tabpanel').getByLabel('Company profile', { exact: true }).fill(profileEn);
    await page.getByTestId('upload-logo').setInputFiles(files['logo.png']!);
    await expect(page.getByTestId('logo-field').getByTestId('file-card')).toContainText('logo.png');
    await label(page, 'en', 'supplierCenter.fields.yearEstablished').fill('2015');
    await label(page, 'en', 'supplierCenter.fields.employees').selectOption('51-200');
    await page.getByLabel('Western Europe').check();
    await page.getByLabel('Southeast Asia').check();
    await label(page, 'en', 'supplierCenter.fields.certifications').fill('ISO 9001');
    await label(page, 'en', 'supplierCenter.fields.certifications').press('Enter');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('profile-saved')).toBeVisible();

    await page.screenshot({ path: 'test-results/screens/supplier-center.png', fullPage: true });
    await page.getByTestId('view-public-page').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(company.companyNameEn);
    await expect(page.getByTestId('supplier-profile')).toHaveText(profileEn);
    await expect(page.getByTestId('certifications')).toContainText('ISO 9001');
    await expect(page.getByTestId('language-notice')).toHaveCount(0);
    await page.getByTestId('language-switcher').selectOption('ru');
    await expect(page.getByTestId('language-notice')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/public-supplier-ru.png', fullPage: true });
    await expect(page.getByTestId('supplier-profile')).toHaveText(profileEn);
    await page.getByTestId('language-switcher').selectOption('zh-CN');
    await expect(page.getByTestId('supplier-profile')).toHaveText(profileZh);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(company.companyNameZh);
  });

  test('the three steps in every language (screenshots)', async ({ page }) => {
    await signUpAndIn(page, 'screens');
    await prepareApplication(page.request, chineseCompany('Screenshot Trading Co'), makePng(320, 240, [90, 90, 90]));
    mkdirSync('test-results/screens', { recursive: true });
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/account/supplier-authentication`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'terms.supplierAuthentication'));
      await expect(heading(page)).toHaveText(stepHeading(locale, 'company'));
      await expect(nextStep(page, locale)).toBeVisible();
      await page.screenshot({ path: `test-results/screens/${locale}-step1.png`, fullPage: true });

      await nextStep(page, locale).click();
      await expect(heading(page)).toHaveText(stepHeading(locale, 'materials'));
      await expect(formButton(page, locale, 'supplierAuth.back')).toBeVisible();
      await expect(page.getByTestId('material-business_licence').locator('img.file-thumb')).toBeVisible();
      await page.screenshot({ path: `test-results/screens/${locale}-step2.png`, fullPage: true });

      await nextStep(page, locale).click();
      await expect(heading(page)).toHaveText(stepHeading(locale, 'confirm'));
      await expect(formButton(page, locale, 'terms.submit')).toBeVisible();
      await expect(nextStep(page, locale)).toHaveCount(0);
      await page.screenshot({ path: `test-results/screens/${locale}-step3.png`, fullPage: true });
    }
  });
});
