import { expect, test, type Page } from '@playwright/test';
import { text } from './i18n.js';
import { holdAnswers } from './network.js';
import {
  completeAndConfirm,
  orderWorld,
  placeOrder,
  type OrderWorld,
  type PlacedOrder,
} from './order-pages-helpers.js';

/**
 * Guide 5.1 and 5.4, the order pages of issue 12: the supplier finds a new order under "Waiting for
 * perfection" in "Order Management" (tabs with counts, search, the filter in the URL) and opens
 * "View Details"; the buyer follows it in "My Orders", sees the supplier's changes marked, accepts
 * or cancels; another supplier meets the 404 page; staff read it without buttons. English and Chinese.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let world: OrderWorld;
/** Submitted oldest first: the lists show `third` first. */
let first: PlacedOrder;
let second: PlacedOrder;
let third: PlacedOrder;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  world = await orderWorld(browser);
  first = await placeOrder(world.buyer.page, world.productId, 120);
  second = await placeOrder(world.buyer.page, world.productId, 10);
  third = await placeOrder(world.buyer.page, world.productId, 50);
});

test.afterAll(async () => {
  for (const page of [world.supplier.page, world.rival.page, world.buyer.page, world.staff]) {
    await page.context().close();
  }
});

const rows = (page: Page) => page.getByTestId('order-row');
const tabCount = (page: Page, tab: string) => page.getByTestId(`order-tab-${tab}`).getByTestId('order-tab-count');
const searchBox = (page: Page, locale: 'en' | 'zh-CN') =>
  page.getByRole('searchbox', { name: text(locale, 'orders.list.search'), exact: true });

test('the supplier finds the new orders under "Waiting for perfection", searches by number and opens "View Details"', async () => {
  const page = world.supplier.page;
  await page.goto('/en/supplier/profile');
  const nav = page.getByRole('navigation', { name: 'Supplier center' });
  await nav.getByRole('link', { name: 'Order Management' }).click();
  await expect(page).toHaveURL(/\/en\/supplier\/orders$/);
  await expect(nav.getByRole('link', { name: 'Order Management' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: 'Order Management' })).toBeVisible();
  await expect(page).toHaveTitle(/^Order Management — /);

  // Tabs: "All", then "Waiting for perfection" first, the later states after it, each with its count.
  const tabs = page.getByTestId('order-tabs').getByRole('link');
  await expect(tabs.nth(0)).toHaveText('All3');
  await expect(tabs.nth(1)).toHaveText('Waiting for perfection3');
  await expect(tabs.nth(2)).toHaveText('Awaiting buyer acceptance0');
  await expect(tabs).toHaveCount(11);
  // Newest first, with the buyer, the product and the total (120 × US$1.10 from the 100-piece tier).
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(0)).toContainText(third.number);
  const firstRow = rows(page).nth(2);
  await expect(firstRow).toContainText(first.number);
  await expect(firstRow).toContainText(world.buyer.companyNameEn);
  await expect(firstRow).toContainText(world.productName);
  await expect(firstRow).toContainText('$132.00');
  await expect(firstRow).toContainText('Waiting for perfection');

  await page.getByTestId('order-tab-waiting_for_perfection').click();
  await expect(page).toHaveURL(/\?status=waiting_for_perfection$/);
  await expect(page.getByTestId('order-tab-waiting_for_perfection')).toHaveAttribute('aria-current', 'page');
  await searchBox(page, 'en').fill(first.number);
  await page.getByTestId('order-search').click();
  await expect(page).toHaveURL(new RegExp(`status=waiting_for_perfection&q=${first.number}$`));
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText(first.number);
  await expect(page.getByTestId('order-count')).toHaveText('Orders found: 1');
  // The counts stay those of the whole list while searching.
  await expect(tabCount(page, 'all')).toHaveText('3');

  // Reload, back and forward show the filter the URL names.
  await page.reload();
  await expect(searchBox(page, 'en')).toHaveValue(first.number);
  await expect(rows(page)).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\?status=waiting_for_perfection$/);
  await expect(searchBox(page, 'en')).toHaveValue('');
  await expect(rows(page)).toHaveCount(3);
  await page.goForward();
  await expect(rows(page)).toHaveCount(1);

  await rows(page)
    .getByRole('link', { name: `View Details of order ${first.number}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en/supplier/orders/${first.id}$`));
  const detail = page.getByTestId('order-detail');
  await expect(detail.getByRole('heading', { level: 2, name: `Order ${first.number}` })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^Order ${first.number} — `));
  await expect(page.getByTestId('order-detail-status')).toHaveText('Waiting for perfection');
  await expect(page.getByTestId('terms-not-completed')).toBeVisible();
  await expect(page.getByTestId('order-buyer-party')).toContainText(world.buyer.companyNameEn);
  await expect(page.getByTestId('delivery-address')).toContainText('Am Sandtorkai 1');
  await expect(page.getByTestId('order-request')).toContainText('FOB');
  const submitted = page.getByTestId('timeline-event').last();
  await expect(submitted).toContainText('Order submitted');
  await expect(submitted).toContainText('Buyer');
});

test('a late answer for an older search never replaces the newer one', async () => {
  const page = world.supplier.page;
  await page.goto('/en/supplier/orders');
  await expect(rows(page)).toHaveCount(3);
  const held = await holdAnswers(page, (request) => new URL(request.url()).searchParams.get('q') === first.number);
  const late = page.waitForResponse((response) => new URL(response.url()).searchParams.get('q') === first.number);
  await searchBox(page, 'en').fill(first.number);
  await page.getByTestId('order-search').click();
  await held.sent;
  await searchBox(page, 'en').fill(second.number);
  await page.getByTestId('order-search').click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText(second.number);
  held.release();
  await late;
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText(second.number);
  await expect(searchBox(page, 'en')).toHaveValue(second.number);
  await page.unrouteAll({ behavior: 'wait' });
});

test('订单管理: the supplier center in Chinese', async () => {
  const page = world.supplier.page;
  await page.goto('/zh-CN/supplier/orders');
  const nav = page.getByRole('navigation', { name: text('zh-CN', 'supplierCenter.nav') });
  await expect(nav.getByRole('link', { name: '订单管理' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('order-tab-all')).toHaveText('全部3');
  await expect(page.getByTestId('order-tab-waiting_for_perfection')).toHaveText('待完善3');
  await expect(rows(page).nth(2)).toContainText('待完善');
  await rows(page)
    .nth(2)
    .getByRole('link', { name: `查看订单 ${first.number} 的详情` })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: `订单 ${first.number}` })).toBeVisible();
  await expect(page.getByTestId('order-detail-status')).toHaveText('待完善');
  await expect(page.getByTestId('timeline-event').last()).toContainText('订单已提交');
  await expect(page.getByTestId('order-lines')).toContainText('园林剪');
});

test('My Orders: the buyer cancels an order the supplier has not confirmed, after a confirmation', async () => {
  const page = world.buyer.page;
  await page.bringToFront();
  await page.goto('/en/account/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'My Orders' })).toBeVisible();
  await expect(page).toHaveTitle(/^My Orders — /);
  await expect(tabCount(page, 'waiting_for_perfection')).toHaveText('3');
  await expect(rows(page).nth(1)).toContainText(second.number);
  await expect(rows(page).nth(1)).toContainText(world.productName);
  await rows(page)
    .nth(1)
    .getByRole('link', { name: `View Details of order ${second.number}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en/account/orders/${second.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Order ${second.number}` })).toBeVisible();

  const actions = page.getByTestId('buyer-actions');
  await expect(actions.getByRole('button')).toHaveText(['Cancel order']);
  await actions.getByRole('button', { name: 'Cancel order' }).click();
  const dialog = page.getByRole('dialog', { name: `Cancel order ${second.number}?` });
  // A modal: focus moves into it, on the safe choice ("Back"), not on the optional reason.
  await expect(dialog.getByRole('button', { name: 'Back', exact: true })).toBeFocused();
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('order-detail-status')).toHaveText('Waiting for perfection');

  await actions.getByRole('button', { name: 'Cancel order' }).click();
  await dialog.getByLabel('Reason (optional)').fill('Ordered twice by mistake.');
  await dialog.getByRole('button', { name: 'Cancel the order' }).click();
  await expect(page.getByTestId('action-done')).toHaveText('The order was cancelled.');
  await expect(page.getByTestId('order-detail-status')).toHaveText('Cancelled');
  await expect(actions.getByRole('button')).toHaveCount(0);
  const latest = page.getByTestId('timeline-event').first();
  await expect(latest).toContainText('Cancelled by the buyer');
  await expect(latest).toContainText('Ordered twice by mistake.');

  await page.goto('/zh-CN/account/orders');
  await expect(page.getByRole('heading', { level: 1, name: '我的订单' })).toBeVisible();
  await expect(page.getByTestId('order-tab-waiting_for_perfection')).toHaveText('待完善2');
  await expect(page.getByTestId('order-tab-cancelled')).toHaveText('已取消1');
});

test('a conflict is explained and the order reloaded: the supplier confirmed while the buyer was cancelling', async () => {
  const page = world.buyer.page;
  await page.goto(`/en/account/orders/${third.id}`);
  await expect(page.getByTestId('order-detail-status')).toHaveText('Waiting for perfection');
  await completeAndConfirm(world.supplier.page, third, '1.2000');
  await page.getByTestId('buyer-actions').getByRole('button', { name: 'Cancel order' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel the order' }).click();
  await expect(page.getByTestId('action-error')).toContainText('This order was changed in the meantime');
  await expect(page.getByTestId('order-detail-status')).toHaveText('Awaiting buyer acceptance');
  await expect(page.getByTestId('buyer-actions').getByRole('button')).toHaveText([
    'Accept',
    'Ask for changes',
    'Decline',
  ]);
});

test("the buyer sees the supplier's changed price struck through and accepts the terms", async () => {
  await completeAndConfirm(world.supplier.page, first, '1.0500');
  const page = world.buyer.page;
  await page.goto(`/en/account/orders/${first.id}`);
  await expect(page.getByTestId('order-detail-status')).toHaveText('Awaiting buyer acceptance');
  await expect(page.getByTestId('terms-changed')).toBeVisible();
  const price = page.getByTestId('order-line').getByTestId('changed-value');
  await expect(price.locator('del')).toHaveText('$1.10');
  await expect(price.locator('ins')).toHaveText('$1.05');
  await expect(price).toContainText('Changed');
  await expect(price).toContainText('Ordered:');
  // 120 × 1.05 + 25.00 shipping; the ordered total struck through beside it.
  const total = page.getByTestId('order-total');
  await expect(total.locator('del')).toHaveText('$132.00');
  await expect(total.locator('ins')).toHaveText('$151.00');
  const incoterm = page.getByTestId('order-terms');
  await expect(incoterm).toContainText('30 % T/T deposit, 70 % before shipment');
  await expect(page.getByTestId('timeline-event').first()).toContainText('Confirmed by the supplier');
  await expect(page.getByTestId('timeline-change').filter({ hasText: 'Final unit price' })).toContainText(
    '1.1000 → 1.0500',
  );

  await page.getByTestId('buyer-actions').getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Accept the terms' }).click();
  await expect(page.getByTestId('action-done')).toContainText('You accepted the terms');
  await expect(page.getByTestId('order-detail-status')).toHaveText('Contract signing');
  await expect(page.getByTestId('timeline-event').first()).toContainText('Terms accepted by the buyer');

  await page.goto(`/zh-CN/account/orders/${first.id}`);
  await expect(page.getByTestId('order-detail-status')).toHaveText('合同签署中');
  await expect(page.getByTestId('changed-value').first()).toContainText('已修改');
});

test('another supplier gets the 404 page for the order', async () => {
  const page = world.rival.page;
  await page.goto('/en/supplier/orders');
  await expect(page.getByTestId('order-list-empty')).toBeVisible();
  await expect(tabCount(page, 'all')).toHaveText('0');
  for (const locale of ['en', 'zh-CN'] as const) {
    await page.goto(`/${locale}/supplier/orders/${first.id}`);
    await expect(page.getByTestId('not-found')).toBeVisible();
    await expect(page.getByRole('heading', { name: text(locale, 'notFound.title') })).toBeVisible();
    await expect(page.getByTestId('order-detail')).toHaveCount(0);
  }
  // Nor through the buyer's path.
  await page.goto(`/en/account/orders/${first.id}`);
  await expect(page.getByTestId('not-found')).toBeVisible();
});

test('staff find the order by its number and read it without any button', async () => {
  const page = world.staff;
  await page.goto('/en/account');
  await page.getByTestId('staff-orders-link').click();
  await expect(page).toHaveURL(/\/en\/admin\/orders$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  await searchBox(page, 'en').fill(first.number);
  await page.getByTestId('order-search').click();
  await expect(rows(page)).toHaveCount(1);
  await rows(page)
    .getByRole('link', { name: `View Details of order ${first.number}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/orders/${first.id}$`));
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  const detail = page.getByTestId('order-detail');
  await expect(detail.getByTestId('order-detail-status')).toHaveText('Contract signing');
  await expect(detail.getByTestId('timeline-event')).toHaveCount(4);
  await expect(detail.getByRole('button')).toHaveCount(0);
  await expect(detail.getByRole('textbox')).toHaveCount(0);

  await page.goto(`/zh-CN/admin/orders/${first.id}`);
  await expect(page.getByTestId('read-only-notice')).toHaveText(text('zh-CN', 'orders.staff.readOnly'));
  await expect(page.getByTestId('order-detail-status')).toHaveText('合同签署中');
  await expect(page.getByTestId('order-detail').getByRole('button')).toHaveCount(0);
});
