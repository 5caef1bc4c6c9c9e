import { expect, type Page, test } from '@playwright/test';
import { approvedSupplier, staffPage } from './brand-helpers.js';
import { formButton, label } from './helpers.js';
import { text } from './i18n.js';
import { makePdf, makePng, writeFiles } from './supplier-helpers.js';

const field = (page: Page, name: string) => label(page, 'en', `brands.fields.${name}`);
const nextStep = (page: Page) => formButton(page, 'en', 'terms.nextStep');
const submit = (page: Page) => formButton(page, 'en', 'terms.submit');
const rowOf = (page: Page, name: string) => page.getByTestId('brand-row').filter({ hasText: name });

/** "Next Step" → the confirmation shows the facts → "Submit" → the brand's page, pending review. */
async function confirmAndSubmit(page: Page, name: string) {
  await nextStep(page).click();
  const confirm = page.getByTestId('brand-confirm');
  await expect(confirm).toContainText(text('en', 'brands.form.confirmTitle'));
  await expect(confirm).toContainText(name);
  await submit(page).click();
  await expect(page).toHaveURL(/\/en\/supplier\/brands\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('brand-submitted')).toHaveText(text('en', 'brands.detail.submitted'));
  await expect(page.getByTestId('brand-detail').getByTestId('brand-status')).toHaveText('Pending review');
  await expect(page.getByTestId('due-at')).not.toBeEmpty();
}

async function openInConsole(staff: Page, search: string, name: string) {
  await staff.goto(`/en/admin/brands?${new URLSearchParams({ status: 'all', q: search })}`);
  await staff.getByTestId('brand-queue').getByRole('link', { name, exact: false }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toContainText(name);
}

test.describe('licensed brands', () => {
  test('private and agency brands: submitted, one rejected with a reason, edited and resubmitted, both approved', async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);
    const files = writeFiles({
      'logo.png': makePng(240, 240, [20, 140, 80]),
      'trademark-certificate.pdf': makePdf('Trademark registration certificate'),
      'trademark-certificate-colour.png': makePng(900, 640, [200, 60, 40]),
      'agency-certificate.png': makePng(800, 600, [40, 60, 200]),
      'authorization.pdf': makePdf('Brand authorization letter'),
    });
    const staff = await staffPage(browser);
    const user = await approvedSupplier(page, staff, 'brands');
    const tag = user.accountName.slice(-7);
    const privateName = `Rootstock ${tag}`;
    const agencyName = `Banyan ${tag}`;

    // Guide 3: "Supplier Management" → "Licensed Brands" → "Private Brands".
    await page.goto('/en/account');
    await page.getByTestId('supplier-entry').getByRole('link', { name: 'Supplier', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Supplier Management');
    await page
      .getByRole('navigation', { name: text('en', 'supplierCenter.nav') })
      .getByRole('link', { name: 'Licensed Brands' })
      .click();
    await expect(page).toHaveURL(/\/en\/supplier\/brands\/private$/);
    await expect(page.getByRole('link', { name: 'Private Brands' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('no-brands')).toBeVisible();

    // 3.1 "New Brand": an empty form is refused field by field.
    await page.getByRole('link', { name: 'New Brand', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/supplier\/brands\/new\/private$/);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('New Brand');
    await nextStep(page).click();
    await expect(field(page, 'nameEn')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(text('en', 'validation.brand_name_required'))).toBeVisible();
    await expect(page.getByTestId('field-certificate')).toContainText(text('en', 'validation.required'));

    await field(page, 'nameZh').fill('根深');
    await field(page, 'nameEn').fill(privateName);
    await page.getByTestId('upload-logo').setInputFiles(files['logo.png']!);
    await expect(page.getByTestId('file-card-logo')).toContainText('logo.png');
    await field(page, 'trademarkNumber').fill(`TM${tag}`);
    await field(page, 'trademarkCountry').selectOption('CN');
    await page.getByRole('checkbox', { name: 'Class 8', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Class 21', exact: true }).check();
    await expect(page.getByTestId('field-niceClasses')).toContainText('Selected: 8, 21.');
    await field(page, 'trademarkValidUntil').fill('2034-05-31');
    await page.getByTestId('upload-certificate').setInputFiles(files['trademark-certificate.pdf']!);
    await expect(page.getByTestId('file-card-certificate')).toContainText('trademark-certificate.pdf');
    await confirmAndSubmit(page, privateName);

    // 3.2 "Agency Brands" → "New Agency Brand", with the brand authorization certificate.
    await page.getByRole('link', { name: 'Private Brands' }).click();
    await expect(rowOf(page, privateName).getByTestId('brand-status')).toHaveText('Pending review');
    await page.getByRole('link', { name: 'Agency Brands' }).click();
    await expect(page).toHaveURL(/\/en\/supplier\/brands\/agency$/);
    await page.getByRole('link', { name: 'New Agency Brand', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('New Agency Brand');
    // A name the supplier already has pending is refused (409 brand_duplicate), under the name.
    await field(page, 'nameEn').fill(privateName);
    await field(page, 'trademarkNumber').fill(`DE${tag}`);
    await field(page, 'trademarkCountry').selectOption('DE');
    await page.getByRole('checkbox', { name: 'Class 9', exact: true }).check();
    await field(page, 'trademarkValidUntil').fill('2033-12-31');
    await page.getByTestId('upload-certificate').setInputFiles(files['agency-certificate.png']!);
    await expect(page.getByTestId('file-card-certificate')).toContainText('agency-certificate.png');
    await field(page, 'brandOwner').fill('Banyan Werkzeuge GmbH');
    await field(page, 'territory').fill('Russia and the CIS');
    // The authorization is required: "Next Step" without it stops at the field.
    await nextStep(page).click();
    await expect(page.getByTestId('field-authorization')).toContainText(text('en', 'validation.required'));
    await page.getByTestId('upload-authorization').setInputFiles(files['authorization.pdf']!);
    await expect(page.getByTestId('file-card-authorization')).toContainText('authorization.pdf');
    await field(page, 'authorizationLevel').selectOption('sub_authorized');
    await field(page, 'authorizationChain').fill('Banyan Werkzeuge GmbH → Banyan Asia Ltd → us');
    await field(page, 'authorizationStart').fill('2025-01-01');
    await field(page, 'authorizationEnd').fill('2031-12-31');
    await nextStep(page).click();
    await submit(page).click();
    await expect(page.getByTestId('form-error')).toHaveText(text('en', 'brands.form.duplicate'));
    await expect(field(page, 'nameEn')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(text('en', 'validation.brand_duplicate'))).toBeVisible();
    await field(page, 'nameEn').fill(agencyName);
    await confirmAndSubmit(page, agencyName);

    // Staff: "Brand review" next to the review console.
    await staff.goto('/en/account');
    await staff.getByTestId('brand-review-link').click();
    await expect(staff).toHaveURL(/\/en\/admin\/brands$/);
    await expect(staff.getByTestId('brand-queue')).toContainText(privateName);
    await expect(staff.getByTestId('brand-queue')).toContainText(agencyName);

    // The agency brand: certificate shown inline, the PDF authorization as links; approved.
    await openInConsole(staff, tag, agencyName);
    await expect(staff.getByTestId('file-certificateFileId').locator('img')).toBeVisible();
    await expect(staff.getByTestId('file-authorizationFileId').getByRole('link', { name: 'Open' })).toHaveAttribute(
      'href',
      /\/api\/files\/[0-9a-f-]{36}$/,
    );
    await expect(staff.getByTestId('fact-authorizationChain')).toContainText('Banyan Asia Ltd');
    await staff.getByRole('button', { name: 'Approve' }).click();
    await expect(staff.getByTestId('brand-review-status')).toHaveText('Approved');

    // The private brand: rejected, the reason pointing at the certificate.
    await openInConsole(staff, tag, privateName);
    await staff.getByRole('button', { name: 'Reject', exact: true }).click();
    const reason = staff.getByTestId('reason-row');
    await reason.getByLabel('Concerns').selectOption('brand.certificateFileId');
    await reason.getByLabel('Reason').selectOption('unclear_copy');
    await reason.getByLabel(text('en', 'brands.review.reasonNote')).fill('Please upload a colour scan.');
    await staff.getByRole('button', { name: 'Reject the brand' }).click();
    await expect(staff.getByTestId('brand-review-status')).toHaveText('Rejected');

    // The supplier sees the reason in the list and next to the certificate.
    await page.goto('/en/supplier/brands/private');
    const privateRow = rowOf(page, privateName);
    await expect(privateRow.getByTestId('brand-status')).toHaveText('Rejected');
    await expect(privateRow).toContainText('The copy is unclear or unreadable');
    await privateRow.getByTestId('brand-link').click();
    await expect(page.getByTestId('brand-rejection')).toContainText('Please upload a colour scan.');
    await expect(page.getByTestId('file-certificateFileId').getByTestId('review-remark')).toContainText(
      'The copy is unclear or unreadable — Please upload a colour scan.',
    );

    // "Edit and resubmit": the remark stays next to the field; a new certificate goes up.
    await page.getByRole('button', { name: 'Edit and resubmit' }).click();
    await expect(page.getByTestId('field-certificate').getByTestId('review-remark')).toBeVisible();
    await expect(field(page, 'nameEn')).toHaveValue(privateName);
    await page.getByTestId('upload-certificate').setInputFiles(files['trademark-certificate-colour.png']!);
    await expect(page.getByTestId('file-card-certificate')).toContainText('trademark-certificate-colour.png');
    await confirmAndSubmit(page, privateName);

    // Staff approve the corrected brand.
    await openInConsole(staff, tag, privateName);
    await expect(staff.getByTestId('file-certificateFileId')).toContainText('trademark-certificate-colour.png');
    await staff.getByRole('button', { name: 'Approve' }).click();
    await expect(staff.getByTestId('brand-review-status')).toHaveText('Approved');

    // Both show "Approved" in their tabs.
    await page.goto('/en/supplier/brands/private');
    await expect(rowOf(page, privateName).getByTestId('brand-status')).toHaveText('Approved');
    await page.getByRole('link', { name: 'Agency Brands' }).click();
    await expect(rowOf(page, agencyName).getByTestId('brand-status')).toHaveText('Approved');
    await expect(rowOf(page, agencyName)).toContainText('December 31, 2031');
  });
});
