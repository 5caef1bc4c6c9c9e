import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import { signContractThroughApi } from './contract-helpers.js';
import { text } from './i18n.js';
import { readLinkPath } from './mailbox.js';
import { orderIdFrom } from './order-form-helpers.js';
import { BUYER_COMPANY, fillBuyerPages, journeyWorld, mailNaming, type JourneyWorld } from './order-journey-helpers.js';
import { tt } from './order-supplier-helpers.js';

/**
 * Issue 12, "Tests", last bullet — the whole order journey in English and in Chinese, each with
 * fresh accounts: a new buyer fills "Buyer information", an address and an invoice profile in the
 * Personal Center, orders from an approved supplier (one domestic order with an invoice profile,
 * one export order) through "Add to order"/"Place order" and "Submit"; the supplier is mailed,
 * finds the order under "Waiting for perfection" (待完善) in "Order Management", opens "View
 * Details", changes a unit price, completes the terms and "Confirm"s; the buyer sees the changed
 * price marked and accepts; both sign the contract (production starts), the supplier ships; the buyer confirms receipt;
 * both see the same timeline, latest first.
 */

const usd = (locale: Locale, amount: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(amount);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const button = (scope: Page | ReturnType<Page['locator']>, locale: Locale, key: string) =>
  scope.getByRole('button', { name: text(locale, key), exact: true });
const statusOf = (page: Page) => page.getByTestId('order-detail-status');
const timeline = (page: Page, locale: Locale) =>
  page.getByRole('region', { name: text(locale, 'orders.detail.timeline'), exact: true });

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`${locale}: the order journey`, () => {
    test.describe.configure({ mode: 'serial', timeout: 120_000 });

    let world: JourneyWorld;
    const orders: { domestic?: { id: string; number: string }; exported?: { id: string; number: string } } = {};
    const domestic = () => {
      if (!orders.domestic) throw new Error('the domestic order was not submitted');
      return orders.domestic;
    };
    const status = (key: string) => text(locale, `orders.status.${key}`);

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(180_000);
      world = await journeyWorld(browser, locale);
    });
    test.afterAll(async () => {
      for (const page of [world?.supplier.page, world?.buyer.page]) await page?.context().close();
    });

    test('the buyer fills "Buyer information", a delivery address and an invoice profile', async () => {
      await fillBuyerPages(world.buyer.page, locale);
    });

    test('a domestic order with an invoice profile: "Add to order", then "Submit"', async () => {
      const page = world.buyer.page;
      await page.goto(`/${locale}/products/${world.productId}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(world.productName);
      await page.getByRole('textbox', { name: text(locale, 'orderForm.box.quantity'), exact: true }).fill('120');
      await button(page, locale, 'orderForm.box.addToOrder').click();
      await expect(page.getByTestId('order-box-status')).toHaveText(text(locale, 'orderForm.box.added'));
      const draft = tt(locale, 'orderForm.draft.link', { count: 1 });
      await page.getByRole('link', { name: draft, exact: true }).first().click();

      await expect(page).toHaveURL(new RegExp(`/${locale}/orders/new\\?supplier=`));
      await expect(page.getByTestId('order-total')).toHaveText(usd(locale, 132)); // 120 × US$1.10
      await page.getByRole('radio', { name: text(locale, 'orderForm.tradeTypes.domestic') }).check();
      await page.getByRole('checkbox', { name: text(locale, 'orderForm.fields.invoiceRequired') }).check();
      const profile = page.getByLabel(text(locale, 'orderForm.fields.invoiceProfile'), { exact: true });
      await expect(profile.locator('option:checked')).toContainText(BUYER_COMPANY.companyNameZh);
      await page.getByLabel(text(locale, 'orderForm.fields.note'), { exact: true }).fill('请用木托盘包装。');
      await button(page, locale, 'orderForm.submit').click();

      await expect(page).toHaveURL(new RegExp(`/${locale}/account/orders/[0-9a-f-]{36}$`));
      await expect(statusOf(page)).toHaveText(status('waiting_for_perfection'));
      const number = (await page.getByTestId('order-number').textContent()) ?? '';
      expect(number).not.toBe('');
      orders.domestic = { id: orderIdFrom(page), number };
      await expect(page.getByTestId('order-request')).toContainText(BUYER_COMPANY.companyNameZh);
    });

    test('an export order: "Place order", destination, port and Incoterm, then "Submit"', async () => {
      const page = world.buyer.page;
      await page.goto(`/${locale}/products/${world.productId}`);
      await page.getByRole('textbox', { name: text(locale, 'orderForm.box.quantity'), exact: true }).fill('50');
      await button(page, locale, 'orderForm.box.placeOrder').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/orders/new\\?supplier=`));
      await expect(page.getByTestId('order-line')).toHaveCount(1);
      await expect(page.getByTestId('order-total')).toHaveText(usd(locale, 60)); // 50 × US$1.20
      await page.getByRole('radio', { name: text(locale, 'orderForm.tradeTypes.export') }).check();
      await page.getByLabel(text(locale, 'orderForm.fields.destinationCountry'), { exact: true }).selectOption('DE');
      await page.getByLabel(text(locale, 'orderForm.fields.destinationPort'), { exact: true }).fill('Hamburg');
      await page.getByLabel(text(locale, 'orderForm.fields.incoterm'), { exact: true }).selectOption('FOB');
      await button(page, locale, 'orderForm.submit').click();

      await expect(page).toHaveURL(new RegExp(`/${locale}/account/orders/[0-9a-f-]{36}$`));
      orders.exported = { id: orderIdFrom(page), number: (await page.getByTestId('order-number').textContent()) ?? '' };
      await expect(page.getByTestId('order-request')).toContainText('Hamburg');
      await expect(page.getByTestId('order-request')).toContainText('FOB');
    });

    test('the supplier is mailed and finds the order under "Waiting for perfection" in "Order Management"', async () => {
      const { id, number } = domestic();
      const supplier = world.supplier;
      // The mail, in the supplier's language, links to the supplier's own view of the order.
      const mail = await mailNaming(supplier.page.request, supplier.email, number);
      expect(mail.subject).toContain(number);
      expect(mail.text).toContain(BUYER_COMPANY[locale === 'zh-CN' ? 'companyNameZh' : 'companyNameEn']);
      expect(await readLinkPath(supplier.page.request, supplier.email, `supplier/orders/${id}`)).toBe(
        `/${locale}/supplier/orders/${id}`,
      );

      const page = supplier.page;
      await page.goto(`/${locale}/supplier/profile`);
      const nav = page.getByRole('navigation', { name: text(locale, 'supplierCenter.nav') });
      await nav.getByRole('link', { name: text(locale, 'terms.orderManagement'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/supplier/orders$`));
      if (locale === 'en') {
        expect(text(locale, 'terms.orderManagement')).toBe('Order Management');
        expect(status('waiting_for_perfection')).toBe('Waiting for perfection');
      } else {
        expect(status('waiting_for_perfection')).toBe('待完善');
      }
      const tabs = page.getByRole('navigation', { name: text(locale, 'orders.list.tabsLabel') });
      const waiting = tabs.getByRole('link', { name: new RegExp(`^${escape(status('waiting_for_perfection'))}`) });
      await expect(waiting).toHaveText(`${status('waiting_for_perfection')}2`);
      await waiting.click();
      await expect(waiting).toHaveAttribute('aria-current', 'page');
      const rows = page.getByTestId('order-row');
      await expect(rows).toHaveCount(2);
      const row = rows.filter({ hasText: number });
      await expect(row).toContainText(world.productName);
      await expect(row).toContainText(usd(locale, 132));
      const viewDetails = row.getByRole('link', { name: tt(locale, 'orders.list.viewDetailsOf', { number }) });
      await expect(viewDetails).toHaveText(text(locale, 'terms.viewDetails'));
      await viewDetails.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/supplier/orders/${id}$`));
      await expect(statusOf(page)).toHaveText(status('waiting_for_perfection'));
    });

    test('the supplier changes a unit price, completes the terms and confirms', async () => {
      const { id } = domestic();
      const page = world.supplier.page;
      await page.goto(`/${locale}/supplier/orders/${id}`);
      const panel = page.getByRole('region', { name: text(locale, 'orderSupplier.panel.label') });
      const price = panel.getByLabel(tt(locale, 'orderSupplier.lines.finalFor', { name: world.productName }), {
        exact: true,
      });
      await expect(price).toHaveValue('1.10');
      await price.fill('1.05');
      const field = (key: string, values?: Record<string, string>) =>
        panel.getByLabel(tt(locale, `orderSupplier.fields.${key}`, values), { exact: true });
      await field('shippingCostIn', { currency: 'USD' }).fill('20');
      await field('leadTimeDays').fill('15');
      await field('packaging').fill('木托盘 / wooden pallets');
      await button(panel, locale, 'orderSupplier.actions.save').click();
      await expect(panel.getByTestId('panel-notice-saved')).toHaveText(text(locale, 'orderSupplier.notices.saved'));
      // 120 × 1.05 + 20, as the server computes it.
      await expect(panel.getByTestId('total-amount')).toContainText(usd(locale, 146));
      await button(panel, locale, 'orderSupplier.actions.confirm').click();
      await expect(panel.getByTestId('panel-notice-confirmed')).toHaveText(
        text(locale, 'orderSupplier.notices.confirmed'),
      );
      await expect(statusOf(page)).toHaveText(status('awaiting_acceptance'));
    });

    test('the buyer sees the changed price marked in My Orders → "View Details" and accepts', async () => {
      const { id, number } = domestic();
      const page = world.buyer.page;
      await page.goto(`/${locale}/account/orders`);
      await expect(page.getByRole('heading', { level: 1, name: text(locale, 'orders.myOrders') })).toBeVisible();
      await page.getByRole('link', { name: tt(locale, 'orders.list.viewDetailsOf', { number }) }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/account/orders/${id}$`));
      await expect(statusOf(page)).toHaveText(status('awaiting_acceptance'));
      await expect(page.getByTestId('terms-changed')).toHaveText(text(locale, 'orders.detail.termsChanged'));
      const changed = page.getByTestId('order-line').getByTestId('changed-value');
      await expect(changed.getByRole('deletion')).toHaveText(usd(locale, 1.1));
      await expect(changed.getByRole('insertion')).toHaveText(usd(locale, 1.05));
      await expect(changed).toContainText(text(locale, 'orders.diff.changed'));

      await button(page, locale, 'orders.actions.accept.button').click();
      const dialog = page.getByRole('dialog', { name: tt(locale, 'orders.actions.accept.title', { number }) });
      await button(dialog, locale, 'orders.actions.accept.confirm').click();
      await expect(page.getByTestId('action-done')).toHaveText(text(locale, 'orders.actions.accept.done'));
      await expect(statusOf(page)).toHaveText(status('contract_signing'));
    });

    test('both sign the contract (production starts by itself); the supplier marks "Shipped" with carrier, B/L number and date', async () => {
      const { id } = domestic();
      const page = world.supplier.page;
      // The contract's own pages have their journey; here it is signed through the API.
      await signContractThroughApi({ buyer: world.buyer.page, supplier: page }, id);
      await page.goto(`/${locale}/supplier/orders/${id}`);
      const panel = page.getByRole('region', { name: text(locale, 'orderSupplier.panel.label') });
      await expect(statusOf(page)).toHaveText(status('in_production'));

      const ship = (key: string) => panel.getByLabel(text(locale, `orderSupplier.ship.${key}`), { exact: true });
      await ship('carrier').fill('COSCO Shipping');
      await ship('trackingNumber').fill('COSU6234567890');
      const shippedOn = new Date().toISOString().slice(0, 10);
      await ship('shippedOn').fill(shippedOn);
      await button(panel, locale, 'orderSupplier.actions.shipped').click();
      await expect(panel.getByTestId('panel-notice-shipped')).toHaveText(text(locale, 'orderSupplier.notices.shipped'));
      await expect(statusOf(page)).toHaveText(status('shipped'));
    });

    test('the buyer confirms receipt; the order is completed; both see the same timeline', async () => {
      const { id, number } = domestic();
      const buyer = world.buyer.page;
      await buyer.goto(`/${locale}/account/orders/${id}`);
      await expect(statusOf(buyer)).toHaveText(status('shipped'));
      await button(buyer, locale, 'orders.actions.confirm_receipt.button').click();
      const dialog = buyer.getByRole('dialog', {
        name: tt(locale, 'orders.actions.confirm_receipt.title', { number }),
      });
      await button(dialog, locale, 'orders.actions.confirm_receipt.confirm').click();
      await expect(buyer.getByTestId('action-done')).toHaveText(text(locale, 'orders.actions.confirm_receipt.done'));
      await expect(statusOf(buyer)).toHaveText(status('completed'));

      const supplier = world.supplier.page;
      await supplier.goto(`/${locale}/supplier/orders/${id}`);
      await expect(statusOf(supplier)).toHaveText(status('completed'));

      const events = (page: Page) =>
        timeline(page, locale)
          .getByRole('listitem')
          .filter({ has: page.locator('time') });
      const kinds = (page: Page) =>
        events(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
      // Latest first, from the submission to the confirmation of receipt.
      const expected = [
        'confirm_receipt',
        'ship',
        'start_production',
        'contract_signed_copy',
        'contract_signed_copy',
        'contract_accept',
        'contract_confirm',
        'accept',
        'confirm',
        'terms_saved',
        'submitted',
      ];
      expect(await kinds(buyer)).toEqual(expected);
      expect(await kinds(supplier)).toEqual(expected);
      await expect(events(buyer).first()).toContainText(text(locale, 'orders.timeline.kinds.confirm_receipt'));
      await expect(events(buyer).last()).toContainText(text(locale, 'orders.timeline.kinds.submitted'));
      expect(await events(supplier).allInnerTexts()).toEqual(await events(buyer).allInnerTexts());
    });
  });
}
