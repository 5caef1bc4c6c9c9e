import { expect, type Page, test } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import type { OrderDetail } from '../src/shared/schemas/orders.js';
import { holdAnswers } from './network.js';
import { signContractThroughApi } from './contract-helpers.js';
import { text } from './i18n.js';
import { buyerEvent, orderWorld, tt } from './order-supplier-helpers.js';
import { apiCall, makePdf, writeFiles } from './supplier-helpers.js';

/**
 * Guide 5.1 "Complete Order Information" and 5.4 "Order Status Tracking", the supplier's side:
 * "View Details" of an order "waiting for perfection", final prices and terms, "Save" (the
 * server's totals), "Confirm"; "Decline" needs a reason; once the buyer accepted: production
 * started, shipped (carrier + B/L number), delivered, a deposit recorded.
 */

test.setTimeout(180_000);

const panelOf = (page: Page) => page.getByTestId('supplier-order-panel');
const field = (page: Page, locale: Locale, key: string, values?: Record<string, string>) =>
  panelOf(page).getByLabel(tt(locale, key, values), { exact: true });

for (const locale of ['en', 'zh-CN'] as const) {
  test(`${locale}: the supplier completes prices and terms, saves, sees the server's totals, confirms, then ships, delivers and records a deposit`, async ({
    page,
    browser,
  }) => {
    const world = await orderWorld(page, browser);
    const id = await world.order(100);
    const productName = locale === 'en' ? `Bamboo tray ${world.productName}` : `竹托盘 ${world.productName}`;

    await page.goto(`/${locale}/supplier/orders/${id}`);
    const panel = panelOf(page);
    await expect(panel.getByRole('heading', { name: text(locale, 'orderSupplier.terms.title') })).toBeVisible();

    // The buyer's price is shown beside the final price, which starts as it.
    const line = panel.getByTestId('terms-line');
    await expect(line.getByTestId('ordered-price')).toContainText('12.50');
    const price = panel.getByLabel(tt(locale, 'orderSupplier.lines.finalFor', { name: productName }), { exact: true });
    await expect(price).toHaveValue('12.50');
    // What the buyer asked for is the starting point; the payment terms are proposed.
    await expect(field(page, locale, 'orderSupplier.fields.incoterm')).toHaveValue('FOB');
    await expect(field(page, locale, 'orderSupplier.fields.portOfDestination')).toHaveValue('Hamburg');
    await expect(field(page, locale, 'orderSupplier.fields.paymentTerms')).toHaveValue(
      locale === 'en' ? '30% T/T deposit, 70% balance before shipment' : '30% T/T 定金，70% 尾款发货前付清',
    );

    await price.fill('11.80');
    await field(page, locale, 'orderSupplier.fields.shippingCostIn', { currency: 'USD' }).fill('50');
    await field(page, locale, 'orderSupplier.fields.discountIn', { currency: 'USD' }).fill('10');
    await expect(panel.getByTestId('totals-outdated')).toHaveText(text(locale, 'orderSupplier.totals.updateOnSave'));
    await field(page, locale, 'orderSupplier.fields.leadTimeDays').fill('25');
    await field(page, locale, 'orderSupplier.fields.namedPlace').fill('Shanghai');
    await field(page, locale, 'orderSupplier.fields.portOfLoading').fill('Shanghai');
    // A deposit of 40 % changes the proposal, which the text follows until it is edited.
    await field(page, locale, 'orderSupplier.fields.depositPercent').fill('40');
    await expect(field(page, locale, 'orderSupplier.fields.paymentTerms')).toHaveValue(
      locale === 'en' ? '40% T/T deposit, 60% balance before shipment' : '40% T/T 定金，60% 尾款发货前付清',
    );
    await field(page, locale, 'orderSupplier.fields.packaging').fill('Cartons of 20');

    await panel.getByRole('button', { name: text(locale, 'orderSupplier.actions.save'), exact: true }).click();
    await expect(panel.getByTestId('panel-notice-saved')).toHaveText(text(locale, 'orderSupplier.notices.saved'));
    // 100 × 11.80 + 50 − 10, computed by the server.
    await expect(panel.getByTestId('goods-total')).toContainText('1,180.00');
    await expect(panel.getByTestId('total-amount')).toContainText('1,220.00');
    await expect(panel.getByTestId('totals-outdated')).toHaveCount(0);
    await expect(line.getByTestId('line-amount')).toContainText('1,180.00');

    await panel.getByRole('button', { name: text(locale, 'orderSupplier.actions.confirm'), exact: true }).click();
    await expect(panel.getByTestId('panel-notice-confirmed')).toHaveText(
      text(locale, 'orderSupplier.notices.confirmed'),
    );
    await expect(panel.getByTestId('awaiting-buyer')).toContainText(
      text(locale, 'orderSupplier.awaiting.until').split('{{date}}')[0]!,
    );
    await expect(panel.getByTestId('terms-form')).toHaveCount(0);

    // The buyer accepts (their page is tested elsewhere); the supplier's page shows what follows.
    const accepted = await buyerEvent(world.buyer, id, 'accept');
    expect(accepted.status).toBe('contract_signing');
    // Both sign the contract (its pages have their own journey): production starts by itself.
    await signContractThroughApi({ buyer: world.buyer, supplier: page }, id);
    await page.reload();

    await field(page, locale, 'orderSupplier.ship.carrier').fill('COSCO Shipping');
    await field(page, locale, 'orderSupplier.ship.trackingNumber').fill('COSU6234567890');
    await panel.getByRole('button', { name: text(locale, 'orderSupplier.actions.shipped'), exact: true }).click();
    await expect(panel.getByTestId('panel-notice-shipped')).toBeVisible();

    await panel.getByRole('button', { name: text(locale, 'orderSupplier.actions.delivered'), exact: true }).click();
    await expect(panel.getByTestId('panel-notice-delivered')).toBeVisible();

    await expect(field(page, locale, 'orderSupplier.payment.kind')).toHaveValue('deposit');
    await field(page, locale, 'orderSupplier.payment.amount', { currency: 'USD' }).fill('488');
    // The bank slip as proof (the files module's payment_proof purpose).
    const files = writeFiles({ 'bank-slip.pdf': makePdf('SWIFT MT103 USD 488.00') });
    await panel.getByTestId('upload-payment-proof').setInputFiles(files['bank-slip.pdf']!);
    await expect(panel.getByTestId('payment-proof-file')).toContainText('bank-slip.pdf');
    await panel.getByRole('button', { name: text(locale, 'orderSupplier.actions.recordPayment') }).click();
    await expect(panel.getByTestId('panel-notice-paid')).toBeVisible();
    // The order's payments (the detail view's list) show it, with its proof.
    const payment = page.getByTestId('order-payment');
    await expect(payment).toHaveCount(1);
    await expect(payment).toContainText(text(locale, 'orders.paymentKinds.deposit'));
    await expect(payment).toContainText('488.00');
    await expect(payment).toContainText(text(locale, 'orders.detail.proofAttached'));

    // The server kept it all.
    const detail = (await (await page.request.get(`/api/supplier/orders/${id}`)).json()) as {
      order: OrderDetail;
    };
    expect(detail.order.status).toBe('delivered');
    expect(detail.order.shipment).toMatchObject({ carrier: 'COSCO Shipping', trackingNumber: 'COSU6234567890' });
    expect(detail.order.payments).toMatchObject([{ kind: 'deposit', amount: '488.00' }]);
    const slip = await page.request.get(`/api/files/${detail.order.payments[0]!.proofFileId}`);
    expect(slip.headers()['content-type']).toBe('application/pdf');
    await world.buyer.context().close();
  });
}

test('a decline without a reason is refused; with one the order is declined', async ({ page, browser }) => {
  const world = await orderWorld(page, browser);
  const id = await world.order();

  // The server refuses it too, whatever the page does.
  const origin = new URL((await page.request.get('/readyz')).url()).origin;
  const { order } = (await (await page.request.get(`/api/supplier/orders/${id}`)).json()) as {
    order: { version: number };
  };
  const bare = await page.request.post(`/api/supplier/orders/${id}/events`, {
    headers: { origin },
    data: { event: 'decline', version: order.version },
  });
  expect(bare.status()).toBe(400);

  await page.goto(`/en/supplier/orders/${id}`);
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'Decline', exact: true }).click();
  const dialog = page.getByTestId('decline-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Decline', exact: true }).click();
  await expect(dialog.getByTestId('field-error')).toHaveText(text('en', 'validation.required'));
  await expect(dialog).toBeVisible();

  await dialog.getByLabel(text('en', 'orderSupplier.decline.reason')).fill('This model is no longer produced.');
  await dialog.getByRole('button', { name: 'Decline', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId('panel-notice-declined')).toBeVisible();
  await expect(panel.getByTestId('terms-form')).toHaveCount(0);
  await world.buyer.context().close();
});

test('a save answered late does not erase a field typed meanwhile', async ({ page, browser }) => {
  const world = await orderWorld(page, browser);
  const id = await world.order();
  await page.goto(`/en/supplier/orders/${id}`);
  const panel = panelOf(page);
  const packaging = field(page, 'en', 'orderSupplier.fields.packaging');
  await expect(packaging).toHaveValue('');

  const held = await holdAnswers(page, (r) => r.method() === 'PUT' && r.url().endsWith(`/${id}/terms`));
  await field(page, 'en', 'orderSupplier.fields.shippingCostIn', { currency: 'USD' }).fill('75');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await held.sent; // saved on the server, the answer still on its way
  await packaging.fill('Export cartons, 20 per carton');
  held.release();

  await expect(panel.getByTestId('panel-notice-saved')).toBeVisible();
  await expect(panel.getByTestId('total-amount')).toContainText('1,325.00'); // 100 × 12.50 + 75
  await expect(packaging).toHaveValue('Export cartons, 20 per carton');
  await expect(field(page, 'en', 'orderSupplier.fields.shippingCostIn', { currency: 'USD' })).toHaveValue('75.00');
  await expect(panel.getByTestId('terms-unsaved')).toHaveText(text('en', 'orderSupplier.terms.unsaved'));
  await world.buyer.context().close();
});

test('a save that meets a newer version (another tab) is explained; the order reloads and keeps what was typed', async ({
  page,
  browser,
}) => {
  const world = await orderWorld(page, browser);
  const id = await world.order();
  await page.goto(`/en/supplier/orders/${id}`);
  const panel = panelOf(page);
  const price = panel.getByTestId('terms-line').getByRole('textbox');
  await price.fill('11.00');

  // Another tab saves terms meanwhile (shipping 30): this page's version is now stale.
  const { order } = (await (await page.request.get(`/api/supplier/orders/${id}`)).json()) as {
    order: { version: number };
  };
  const validUntil = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  await apiCall(page.request, 'PUT', `/api/supplier/orders/${id}/terms`, {
    version: order.version,
    currency: 'USD',
    lines: [{ position: 1, unitPrice: '12.50' }],
    shippingCost: '30',
    paymentMethod: 'tt',
    depositPercent: 30,
    paymentTerms: '30% T/T deposit, 70% balance before shipment',
    offerValidUntil: validUntil,
  });

  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByTestId('panel-notice-version')).toHaveText(text('en', 'orderSupplier.notices.version'));
  await expect(price).toHaveValue('11.00'); // typed here: kept
  const shipping = field(page, 'en', 'orderSupplier.fields.shippingCostIn', { currency: 'USD' });
  await expect(shipping).toHaveValue('30.00'); // saved in the other tab: shown
  await expect(panel.getByTestId('total-amount')).toContainText('1,280.00'); // the other tab's totals

  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByTestId('panel-notice-saved')).toBeVisible();
  await expect(panel.getByTestId('total-amount')).toContainText('1,130.00'); // 100 × 11.00 + 30
  await world.buyer.context().close();
});
