import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import { signContractThroughApi } from './contract-helpers.js';
import { documentsOf, documentsWorld, inkedPixels, type DocumentsWorld } from './documents-helpers.js';
import { text } from './i18n.js';
import { tt } from './order-supplier-helpers.js';
import { makePdf, makePng, writeFiles } from './supplier-helpers.js';

/**
 * Issue 13, "Playwright": "Order Management" → "View Details" → "Invoice & Contract", in English
 * and Chinese, one supplier and one buyer per language (set up once, serial):
 *   (a) the supplier furnishes and confirms the contract and signs it; the buyer asks for a change
 *       (the supplier's copy turns outdated), the supplier confirms and signs again, the buyer
 *       accepts; both signed copies (a PNG and a PDF) — the order moves to production by itself;
 *   (b) that export order's commercial invoice is corrected and confirmed by the supplier and
 *       downloaded by the buyer (a PDF), (d) whose first page, rendered by pdftoppm, is not blank;
 *   (c) a domestic order's invoice is recorded with its file (a mismatching total refused with
 *       the reason first) and downloaded by the buyer.
 */

const section = (page: Page) => page.getByTestId('invoice-contract');
const button = (scope: ReturnType<Page['locator']>, locale: Locale, key: string) =>
  scope.getByRole('button', { name: text(locale, key), exact: true });
const statusOf = (page: Page) => page.getByTestId('order-detail-status');
/**
 * A fresh load of an order page's section: going to the very URL the page is on (hash included)
 * would only scroll, and show what the page loaded before.
 */
async function open(page: Page, path: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(path);
}
/** The order's number as its party reads it (the lists' rows carry it). */
async function orderNumber(page: Page, id: string): Promise<string> {
  const path = page.url().includes('/supplier/') ? `/api/supplier/orders/${id}` : `/api/orders/${id}`;
  return ((await (await page.request.get(path)).json()) as { order: { number: string } }).order.number;
}

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`${locale}: Invoice & Contract`, () => {
    test.describe.configure({ mode: 'serial', timeout: 120_000 });

    let world: DocumentsWorld;
    let exportId = '';
    let domesticId = '';
    const label = (scope: ReturnType<Page['locator']>, key: string, values?: Record<string, string>) =>
      scope.getByLabel(tt(locale, key, values), { exact: true });

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(240_000);
      world = await documentsWorld(browser);
      exportId = await world.acceptedOrder('export');
      domesticId = await world.acceptedOrder('domestic');
    });
    test.afterAll(async () => {
      for (const page of [world?.supplier, world?.buyer]) await page?.context().close();
    });

    test('(a) the contract: furnished and confirmed, changes asked for (an outdated copy), confirmed again, accepted, signed by both; production starts', async () => {
      const supplier = world.supplier;
      const number = (await documentsOf(supplier.request, exportId)).contract!.number;
      // "Order Management": the "Invoice & Contract" column, a link to that section of the order.
      await supplier.goto(`/${locale}/supplier/orders`);
      await expect(
        supplier.getByRole('columnheader', { name: text(locale, 'terms.invoiceAndContract') }),
      ).toBeVisible();
      const row = supplier.locator(
        `[data-testid="order-row"][data-order-number="${await orderNumber(supplier, exportId)}"]`,
      );
      await expect(row.getByTestId('contract-status')).toHaveText(text(locale, 'documents.contractStatus.drafting'));
      await row.getByTestId('document-status').click();
      await expect(supplier).toHaveURL(new RegExp(`/supplier/orders/${exportId}#invoice-contract$`));
      const part = section(supplier);
      await expect(part.getByRole('heading', { name: text(locale, 'terms.invoiceAndContract') })).toBeVisible();
      await expect(part.getByTestId('contract-number')).toHaveText(number);
      await expect(statusOf(supplier)).toHaveText(text(locale, 'orders.status.contract_signing'));
      await expect(supplier.getByTestId('contract-signing-hint')).toContainText(
        text(locale, 'documents.contract.signingHint'),
      );
      await expect(supplier.getByTestId('start-production')).toHaveCount(0);

      const versionsBefore = await part.getByTestId('contract-version').count();
      const form = part.getByTestId('contract-form');
      await label(form, 'documents.clauses.signingPlace').fill('Ningbo');
      await label(form, 'documents.clauses.inspectionBody').fill('CCIC Ningbo');
      await label(form, 'documents.clauses.claimPeriodDays').fill('30');
      await label(form, 'documents.clauses.warrantyMonths').fill('x');
      await label(form, 'documents.clauses.tolerancePercent').fill('5');
      await label(form, 'documents.clauses.arbitrationBody').selectOption('cietac_shanghai');
      await label(form, 'documents.clauses.governingLaw').selectOption('prc_cisg');
      await label(form, 'documents.clauses.packaging').fill('Export cartons of 20 pieces');
      await button(form, locale, 'common.save').click();
      // A translated field error, nothing sent.
      await expect(label(form, 'documents.clauses.warrantyMonths')).toHaveAttribute('aria-invalid', 'true');
      await label(form, 'documents.clauses.warrantyMonths').fill('12');
      // "Confirm" waits for the changes to be saved.
      await expect(part.getByTestId('contract-confirm')).toBeDisabled();
      await button(form, locale, 'common.save').click();
      await expect(part.getByTestId('contract-saved')).toBeVisible();
      await expect(part.getByTestId('contract-version')).toHaveCount(versionsBefore + 1);
      // The form shows what was saved (the server's latest version), not an older answer.
      await expect(label(form, 'documents.clauses.warrantyMonths')).toHaveValue('12');

      // "View": the latest version as a PDF.
      const view = part.getByTestId('contract-view').first();
      const pdf = await supplier.request.get((await view.getAttribute('href'))!);
      expect(pdf.headers()['content-type']).toContain('application/pdf');

      await part.getByTestId('contract-confirm').click();
      await expect(part.getByTestId('contract-state')).toHaveText(text(locale, 'documents.contractStatus.confirmed'));
      // The supplier may sign first: a PNG scan of the confirmed version.
      const files = writeFiles({
        'supplier-signed.png': makePng(300, 200, [20, 40, 120]),
        'buyer-signed.pdf': makePdf('Signed and sealed by the buyer'),
      });
      await part.getByTestId('upload-signed-copy').setInputFiles(files['supplier-signed.png']!);
      await expect(part.getByTestId('signed-supplier')).not.toHaveAttribute('data-signed', 'none');

      const buyer = world.buyer;
      await open(buyer, `/${locale}/account/orders/${exportId}#invoice-contract`);
      const buyerPart = section(buyer);
      await expect(buyerPart.getByTestId('contract-state')).toHaveText(
        text(locale, 'documents.contractStatus.confirmed'),
      );
      // The buyer first asks for a change (a comment is required): the contract goes back to the
      // supplier, whose signed copy of that version is now flagged outdated and no longer counts.
      await buyerPart.getByTestId('contract-request-changes').click();
      const changes = buyerPart.getByTestId('contract-changes-form');
      await changes.getByTestId('contract-send-changes').click();
      await expect(changes.getByTestId('field-error')).toBeVisible();
      const comment = 'Please state the inspection body in full.';
      await changes.getByLabel(text(locale, 'documents.contract.comment')).fill(comment);
      await changes.getByTestId('contract-send-changes').click();
      await expect(buyerPart.getByTestId('contract-state')).toHaveText(
        text(locale, 'documents.contractStatus.drafting'),
      );
      await open(supplier, `/${locale}/supplier/orders/${exportId}#invoice-contract`);
      const reopened = section(supplier);
      await expect(reopened.getByTestId('contract-change-request')).toContainText(comment);
      await expect(reopened.getByTestId('signed-outdated')).toBeVisible();
      await expect(reopened.getByTestId('signed-supplier')).toHaveAttribute('data-signed', 'none');
      await reopened.getByTestId('contract-confirm').click();
      await expect(reopened.getByTestId('contract-state')).toHaveText(
        text(locale, 'documents.contractStatus.confirmed'),
      );
      await reopened.getByTestId('upload-signed-copy').setInputFiles(files['supplier-signed.png']!);
      await expect(reopened.getByTestId('signed-supplier')).not.toHaveAttribute('data-signed', 'none');

      await open(buyer, `/${locale}/account/orders/${exportId}#invoice-contract`);
      await expect(buyerPart.getByTestId('contract-state')).toHaveText(
        text(locale, 'documents.contractStatus.confirmed'),
      );
      await button(buyerPart, locale, 'documents.contract.accept').click();
      await expect(buyerPart.getByTestId('contract-state')).toHaveText(text(locale, 'documents.contractStatus.agreed'));
      const upload = buyerPart.getByTestId('upload-signed-copy');
      await upload.setInputFiles(files['buyer-signed.pdf']!);
      await expect(buyerPart.getByTestId('contract-signed')).toBeVisible();
      await expect(buyerPart.getByTestId('signed-buyer')).not.toHaveAttribute('data-signed', 'none');
      await expect(statusOf(buyer)).toHaveText(text(locale, 'orders.status.in_production'));

      await supplier.reload();
      await expect(section(supplier).getByTestId('contract-signed')).toBeVisible();
      await expect(statusOf(supplier)).toHaveText(text(locale, 'orders.status.in_production'));
      // Both copies of the confirmed version, and the supplier's outdated one kept beside them.
      await expect(section(supplier).getByTestId('signed-copy')).toHaveCount(3);
    });

    test('(b) the export invoice: corrected and confirmed by the supplier, downloaded by the buyer; (d) its page is not blank', async () => {
      const supplier = world.supplier;
      await open(supplier, `/${locale}/supplier/orders/${exportId}#invoice-contract`);
      const part = section(supplier).getByTestId('export-invoice');
      const form = part.getByTestId('export-invoice-form');
      await label(form, 'documents.export.portOfLoading').fill('Ningbo');
      await label(form, 'documents.export.portOfDestination').fill('Hamburg');
      await label(form, 'documents.export.vesselOrFlight').fill('COSCO HAMBURG V.021W');
      await label(form, 'documents.export.shippingMarks').fill('HANSE / HAMBURG / C/NO. 1-5');
      const line = form.getByTestId('packing-line').first();
      await label(line, 'documents.export.packages').fill('5');
      await label(line, 'documents.export.netWeightKg').fill('100');
      await label(line, 'documents.export.grossWeightKg').fill('110.5');
      await label(line, 'documents.export.volumeCbm').fill('1.2');
      await button(form, locale, 'common.save').click();
      await expect(part.getByTestId('export-invoice-saved')).toBeVisible();
      await part.getByTestId('export-invoice-confirm').click();
      await expect(part.getByTestId('export-invoice-state')).toHaveText(
        text(locale, 'documents.invoiceStatus.confirmed'),
      );

      const buyer = world.buyer;
      await open(buyer, `/${locale}/account/orders/${exportId}#invoice-contract`);
      const buyerPart = section(buyer).getByTestId('export-invoice');
      await expect(buyerPart.getByTestId('export-invoice-form')).toHaveCount(0);
      const link = buyerPart.getByTestId('commercial-invoice-download').first();
      await expect(link).toBeVisible();
      const response = await buyer.request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/pdf');
      const body = await response.body();
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // (d) pdftoppm renders page 1; a page with the invoice's text has plenty of ink.
      const page = await inkedPixels(body);
      expect(page.width).toBeGreaterThan(100);
      expect(page.pixels).toBeGreaterThan(500);
    });

    test('(c) a domestic invoice: the buyer’s information copied, a wrong total refused, recorded with its file and downloaded by the buyer', async () => {
      await signContractThroughApi(world, domesticId);
      const supplier = world.supplier;
      await supplier.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(supplier, `/${locale}/supplier/orders/${domesticId}#invoice-contract`);
      const part = section(supplier).getByTestId('domestic-invoices');
      const profile = part.getByTestId('invoice-profile');
      await expect(profile.getByTestId('invoice-profile-title')).toContainText('上海根深采购有限公司');
      await profile.getByTestId('copy-title').click();
      await expect(profile.getByTestId('invoice-profile-title')).toContainText(text(locale, 'documents.copy.copied'));
      expect(await supplier.evaluate(() => navigator.clipboard.readText())).toBe('上海根深采购有限公司');

      const form = part.getByTestId('invoice-form');
      await label(form, 'documents.invoices.number').fill('24312000000012345678');
      await label(form, 'documents.invoices.amountExclTaxIn', { currency: 'USD' }).fill('1000');
      // Tax and total offered from amount and rate (13 %).
      await expect(label(form, 'documents.invoices.taxAmountIn', { currency: 'USD' })).toHaveValue('130.00');
      await expect(label(form, 'documents.invoices.totalAmountIn', { currency: 'USD' })).toHaveValue('1130.00');
      const files = writeFiles({ 'invoice.pdf': makePdf('Fapiao 24312000000012345678') });
      await form.getByTestId('upload-invoice-file').setInputFiles(files['invoice.pdf']!);
      await expect(form.getByTestId('invoice-file-card')).toContainText('invoice.pdf');
      await form.getByTestId('invoice-record').click();
      // 1,130 is not the 1,200 left to invoice: refused with the reason and the remaining amount.
      const remaining = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(1200);
      await expect(form.getByTestId('invoice-form-error')).toContainText(remaining);

      await label(form, 'documents.invoices.amountExclTaxIn', { currency: 'USD' }).fill('1061.95');
      await expect(label(form, 'documents.invoices.totalAmountIn', { currency: 'USD' })).toHaveValue('1200.00');
      await form.getByTestId('invoice-record').click();
      await expect(part.getByTestId('invoice-recorded')).toBeVisible();
      await expect(part.getByTestId('invoice-row')).toHaveCount(1);

      const buyer = world.buyer;
      await open(buyer, `/${locale}/account/orders/${domesticId}#invoice-contract`);
      const buyerPart = section(buyer).getByTestId('domestic-invoices');
      await expect(buyerPart.getByTestId('invoice-form')).toHaveCount(0);
      const row = buyerPart.getByTestId('invoice-row');
      await expect(row).toHaveAttribute('data-number', '24312000000012345678');
      const href = await row.getByTestId('invoice-download').getAttribute('href');
      const file = await buyer.request.get(href!);
      expect(file.status()).toBe(200);
      expect((await file.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // On a phone the section fits the screen: its tables scroll inside it, the page does not.
      await supplier.setViewportSize({ width: 390, height: 844 });
      await open(supplier, `/${locale}/supplier/orders/${exportId}#invoice-contract`);
      await expect(section(supplier).getByTestId('export-invoice-form')).toBeVisible();
      expect(
        await supplier.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await section(supplier).screenshot({ path: test.info().outputPath('phone-section.png') });
      // …and so does "Order Management" with its header: the list's table scrolls inside its box.
      await open(supplier, `/${locale}/supplier/orders`);
      await expect(supplier.getByTestId('order-table')).toBeVisible();
      expect(
        await supplier.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await supplier.setViewportSize({ width: 1280, height: 720 });

      // The buyer's "My Orders" shows it in the "Invoice & Contract" column.
      await buyer.goto(`/${locale}/account/orders`);
      const listed = buyer.locator(
        `[data-testid="order-row"][data-order-number="${await orderNumber(buyer, domesticId)}"]`,
      );
      await expect(listed.getByTestId('invoice-status')).toHaveText(text(locale, 'documents.invoiceStatus.issued'));
      await expect(listed.getByTestId('contract-status')).toHaveText(text(locale, 'documents.contractStatus.signed'));
    });
  });
}
