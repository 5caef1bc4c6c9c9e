import { expect, type Page, test } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../src/server/demo/demo-accounts.js';
import type { Locale } from '../src/shared/locales.js';
import { label, logIn, newUser, register } from './helpers.js';
import { text } from './i18n.js';
import {
  BOLT,
  demoProductId,
  filled,
  orderCount,
  orderDetail,
  orderIdFrom,
  PADLOCK,
  pieces,
  registerBuyer,
  setUpBuyer,
} from './order-form-helpers.js';
import { DEMO_BASE_URL } from './staff.js';

/**
 * Issue 12, "Placing an order": from a product page to a submitted order. On the demo server,
 * whose demo supplier (China) has products on the shelf.
 */
test.use({ baseURL: DEMO_BASE_URL });
test.skip(!DEMO_BASE_URL, 'only with the servers playwright.config.ts starts');

const usd = (locale: Locale, amount: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(amount);
const quantityField = (page: Page) => page.getByTestId('order-quantity');
const submitButton = (page: Page, locale: Locale) =>
  page.getByRole('button', { name: text(locale, 'orderForm.submit'), exact: true });
const draftLink = (page: Page, locale: Locale, count: number) =>
  page.getByTestId('order-draft-link').filter({ hasText: filled(locale, 'orderForm.draft.link', { count }) });
const lineOf = (page: Page, productId: string) =>
  page.locator(`[data-testid="order-line"][data-product-id="${productId}"]`);

for (const locale of ['en', 'zh-CN'] as const) {
  test(`${locale}: MOQ refused on the product page, two products in one draft, a domestic order with an invoice profile and an export order`, async ({
    page,
  }) => {
    const bolt = await demoProductId(page.request, BOLT.search);
    const padlock = await demoProductId(page.request, PADLOCK.search);

    // A visitor: below the MOQ the reason shows at once and the buttons do nothing.
    await page.goto(`/${locale}/products/${bolt}`);
    await expect(quantityField(page)).toHaveValue(String(BOLT.moq));
    await quantityField(page).fill('500');
    await expect(page.getByTestId('order-quantity-error')).toHaveText(
      filled(locale, 'orderForm.box.belowMoq', { quantity: pieces(locale, BOLT.moq) }),
    );
    await expect(page.getByTestId('place-order')).toBeDisabled();
    await expect(page.getByTestId('add-to-order')).toBeDisabled();
    // From 10,000 pieces the second tier applies.
    await quantityField(page).fill('12000');
    await expect(page.getByTestId('order-quantity-error')).toBeHidden();
    await expect(page.getByTestId('applicable-price')).toHaveText(
      filled(locale, 'orderForm.box.unitPriceAt', {
        quantity: pieces(locale, 12000),
        price: new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 4 }).format(
          0.072,
        ),
      }),
    );
    await expect(page.locator('[data-testid="price-tier"][aria-current="true"]')).toContainText('10,000');

    // "Add to order" signed out: Login, and back to the product with the quantity kept.
    await page.getByTestId('add-to-order').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/login\\?next=`));
    await registerBuyerFrom(page, locale);
    await expect(page).toHaveURL(new RegExp(`/${locale}/products/${bolt}\\?quantity=12000$`));
    await expect(quantityField(page)).toHaveValue('12000');
    await page.getByTestId('add-to-order').click();
    await expect(page.getByTestId('order-box-status')).toHaveText(text(locale, 'orderForm.box.added'));
    await expect(draftLink(page, locale, 1)).toBeVisible();
    await expect(page.getByTestId('header-order-draft')).toHaveText(
      filled(locale, 'orderForm.draft.link', { count: 1 }),
    );

    // A second product of the same supplier joins the same draft.
    await page.goto(`/${locale}/products/${padlock}`);
    await expect(draftLink(page, locale, 1)).toBeVisible();
    await quantityField(page).fill('300');
    await page.getByTestId('add-to-order').click();
    await expect(draftLink(page, locale, 2)).toBeVisible();
    await page.getByTestId('header-order-draft').click();

    // The form: both lines, prices and total from the server; no Buyer information yet.
    await expect(page).toHaveURL(new RegExp(`/${locale}/orders/new\\?supplier=`));
    await expect(page.getByTestId('order-line')).toHaveCount(2);
    await expect(lineOf(page, bolt).getByTestId('order-line-amount')).toHaveText(usd(locale, 864));
    await expect(lineOf(page, padlock).getByTestId('order-line-amount')).toHaveText(usd(locale, 960));
    await expect(page.getByTestId('order-total')).toHaveText(usd(locale, 1824));
    await expect(page.getByTestId('buyer-info-missing')).toBeVisible();
    await expect(page.getByTestId('buyer-info-missing').getByRole('link')).toHaveAttribute(
      'href',
      `/${locale}/account/buyer`,
    );
    await expect(submitButton(page, locale)).toBeDisabled();

    // Below the MOQ in the form: the server's reason at the line.
    await lineOf(page, padlock).getByTestId('order-line-quantity').fill('150');
    await expect(lineOf(page, padlock).getByTestId('order-line-error')).toHaveText(
      filled(locale, 'orderForm.lineErrors.below_moq', { quantity: pieces(locale, PADLOCK.moq) }),
    );
    await lineOf(page, padlock).getByTestId('order-line-quantity').fill('300');
    await expect(page.getByTestId('order-total')).toHaveText(usd(locale, 1824));

    // With Buyer information, an address and an invoice profile (China, like the supplier).
    const choices = await setUpBuyer(page.request, 'CN');
    await page.reload();
    await expect(page.getByTestId('buyer-info-missing')).toHaveCount(0);
    await expect(page.getByTestId('order-line')).toHaveCount(2);
    await expect(label(page, locale, 'orderForm.fields.address')).toHaveValue(choices.addressId);
    await expect(page.getByTestId('manage-addresses')).toHaveAttribute('href', `/${locale}/account/addresses`);
    // Both trade types apply: the buyer chooses.
    await page.getByRole('radio', { name: text(locale, 'orderForm.tradeTypes.domestic') }).check();
    await page.getByRole('checkbox', { name: text(locale, 'orderForm.fields.invoiceRequired') }).check();
    await expect(label(page, locale, 'orderForm.fields.invoiceProfile')).toHaveValue(choices.invoiceProfileId!);
    await label(page, locale, 'orderForm.fields.deliveryDate').fill('2027-03-15');
    await label(page, locale, 'orderForm.fields.note').fill('请用木托盘包装。');
    await submitButton(page, locale).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/account/orders/[0-9a-f-]{36}$`));
    const domestic = await orderDetail(page.request, orderIdFrom(page));
    expect(domestic.tradeType).toBe('domestic');
    expect(domestic.lines.map((l) => [l.productId, l.quantity])).toEqual([
      [bolt, 12000],
      [padlock, 300],
    ]);
    expect(domestic.request).toMatchObject({
      invoiceRequired: true,
      invoiceProfile: { title: '上海根深采购有限公司' },
      requestedDeliveryDate: '2027-03-15',
      buyerNote: '请用木托盘包装。',
    });
    expect(Number(domestic.request.orderedTotal)).toBe(1824);
    // The draft is gone with the submitted order.
    await expect(page.getByTestId('header-order-draft')).toHaveCount(0);

    // "Place order" goes straight to the form; this time for export.
    await page.goto(`/${locale}/products/${bolt}`);
    await page.getByTestId('place-order').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/orders/new\\?supplier=`));
    await expect(page.getByTestId('order-line')).toHaveCount(1);
    await expect(page.getByTestId('order-total')).toHaveText(usd(locale, 85));
    await page.getByRole('radio', { name: text(locale, 'orderForm.tradeTypes.export') }).check();
    await label(page, locale, 'orderForm.fields.destinationCountry').selectOption('DE');
    await label(page, locale, 'orderForm.fields.destinationPort').fill('Hamburg');
    const incoterm = label(page, locale, 'orderForm.fields.incoterm');
    await expect(incoterm.locator('option[value="FOB"]')).toHaveText(text(locale, 'orderForm.incoterms.FOB'));
    expect(text('en', 'orderForm.incoterms.FOB')).toBe('FOB — Free On Board');
    await incoterm.selectOption('FOB');
    await submitButton(page, locale).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/account/orders/[0-9a-f-]{36}$`));
    const exported = await orderDetail(page.request, orderIdFrom(page));
    expect(exported.tradeType).toBe('export');
    expect(exported.request).toMatchObject({
      destinationCountry: 'DE',
      destinationPort: 'Hamburg',
      preferredIncoterm: 'FOB',
      invoiceRequired: false,
    });
    expect(await orderCount(page.request)).toBe(2);
  });
}

/** From Login with its `next`: "Register" first, then "Login", which returns to `next`. */
async function registerBuyerFrom(page: Page, locale: Locale) {
  const next = new URL(page.url()).searchParams.get('next') ?? '';
  const user = newUser('orderer');
  await register(page, locale, user);
  await page.goto(`/${locale}/login?${new URLSearchParams({ next })}`);
  await logIn(page, locale, user.accountName, user.password);
}

test.describe('the order form keeps to one order and to the newest input', () => {
  test('a double click on Submit, and a retry after a lost answer, make one order', async ({ page }) => {
    await registerBuyer(page, 'en', 'double');
    await setUpBuyer(page.request, 'DE');
    const bolt = await demoProductId(page.request, BOLT.search);
    await page.goto(`/en/products/${bolt}`);
    await page.getByTestId('place-order').click();
    // A buyer in Germany and a supplier in China: export only, chosen for them.
    await expect(page.getByRole('radio', { name: 'Export trade' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Domestic trade' })).toHaveCount(0);
    await label(page, 'en', 'orderForm.fields.destinationCountry').selectOption('DE');

    // The first answer is lost on the way back (the server did make the order).
    const keys: string[] = [];
    let answered = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/api/orders',
      async (route) => {
        if (route.request().method() !== 'POST') return route.fallback();
        keys.push((await route.request().headerValue('idempotency-key')) ?? '');
        const response = await route.fetch();
        answered += 1;
        await held;
        if (answered === 1) return route.abort('failed');
        return route.fulfill({ response });
      },
    );
    const submit = page.getByTestId('submit-order');
    await submit.dblclick();
    await expect(submit).toBeDisabled();
    await expect(submit).toHaveText('Submitting…');
    await expect.poll(() => answered).toBe(1);
    release();
    await expect(page.getByTestId('order-form-error')).toHaveText(text('en', 'errors.NETWORK'));
    expect(keys).toHaveLength(1);

    // "Submit" again with the same content: the same key, so the server answers the same order.
    await submit.click();
    await expect(page).toHaveURL(/\/en\/account\/orders\/[0-9a-f-]{36}$/);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await orderCount(page.request)).toBe(1);
  });

  test('a late preview answer does not overwrite the prices of a newer quantity', async ({ page }) => {
    await registerBuyer(page, 'en', 'late');
    const bolt = await demoProductId(page.request, BOLT.search);
    await page.goto(`/en/products/${bolt}`);
    await page.getByTestId('add-to-order').click();
    await expect(draftLink(page, 'en', 1)).toBeVisible();

    // The first preview (1,000 pieces) answers only after the second (12,000 pieces).
    let previews = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let lateDelivered!: () => void;
    const delivered = new Promise<void>((resolve) => (lateDelivered = resolve));
    await page.route(
      (url) => url.pathname === '/api/orders/preview',
      async (route) => {
        previews += 1;
        if (previews > 1) return route.fallback();
        const response = await route.fetch();
        await held;
        await route.fulfill({ response });
        lateDelivered();
      },
    );
    await draftLink(page, 'en', 1).click();
    await expect.poll(() => previews).toBe(1);
    await expect(page.getByTestId('preview-status')).toHaveText('Updating prices…');
    await page.getByTestId('order-line-quantity').fill('12000');
    await expect(page.getByTestId('order-total')).toHaveText('$864.00');
    await expect(page.getByTestId('order-line-unit-price')).toHaveText('$0.072');

    release();
    await delivered;
    // Whatever the page does with the late answer, it has had the time to do it.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await expect(page.getByTestId('order-total')).toHaveText('$864.00');
    await expect(page.getByTestId('order-line-quantity')).toHaveValue('12000');
    expect(previews).toBe(2);
  });

  test('a supplier gets no order buttons on its own product', async ({ page }) => {
    const bolt = await demoProductId(page.request, BOLT.search);
    await page.goto('/en/login');
    await logIn(page, 'en', DEMO_ACCOUNTS.supplier.accountName, DEMO_ACCOUNTS.supplier.password);
    await expect(page).toHaveURL(/\/en\/account$/);
    await page.goto(`/en/products/${bolt}`);
    await expect(page.getByTestId('own-product-note')).toHaveText(text('en', 'orderForm.box.ownProduct'));
    await expect(page.getByTestId('place-order')).toHaveCount(0);
    await expect(page.getByTestId('add-to-order')).toHaveCount(0);
  });
});
