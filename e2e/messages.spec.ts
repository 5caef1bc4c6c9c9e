import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import { escape } from './helpers.js';
import { text } from './i18n.js';
import { journeyWorld, type JourneyWorld } from './order-journey-helpers.js';
import { makePng, writeFiles } from './supplier-helpers.js';

/**
 * Issue 14, "Tests", Playwright — in English and in Russian, with fresh accounts: a buyer contacts
 * a supplier from a product page (the product goes along as a card); the supplier, in a second
 * browser context, sees the header badge and the message without reloading, and answers with a
 * picture; the buyer sees the answer appear live and places an order from the conversation (the
 * order form opens with the product in it).
 *
 * No page.reload() anywhere after the first visits: everything after that arrives over the stream.
 */

const UUID = '[0-9a-f-]{36}';
const thread = (page: Page) => page.getByTestId('thread');
const messageWith = (page: Page, body: string) => thread(page).getByTestId('message').filter({ hasText: body });

for (const locale of ['en', 'ru'] as const satisfies readonly Locale[]) {
  test.describe(`${locale}: messages between a buyer and a supplier`, () => {
    test.describe.configure({ mode: 'serial', timeout: 120_000 });

    let world: JourneyWorld;
    let conversationPath = '';
    const question =
      locale === 'en'
        ? 'Hello! Can you make 500 pairs with our logo? Details: https://example.com/spec'
        : 'Здравствуйте! Сможете сделать 500 штук с нашим логотипом? Подробности: https://example.com/spec';
    const answer = locale === 'en' ? 'Yes, here is a sample photo.' : 'Да, вот фото образца.';

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(180_000);
      world = await journeyWorld(browser, locale);
    });
    test.afterAll(async () => {
      for (const page of [world?.supplier.page, world?.buyer.page]) await page?.context().close();
    });

    test('the supplier sees no "Contact supplier" on its own product, and no unread badge yet', async () => {
      const page = world.supplier.page;
      await page.goto(`/${locale}/products/${world.productId}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(world.productName);
      await expect(page.getByTestId('supplier-card')).toBeVisible();
      await expect(page.getByTestId('contact-supplier')).toHaveCount(0);
      // The supplier stays on a page of its own from here on: its stream is open, nothing reloads.
      await page.goto(`/${locale}/supplier/orders`);
      await expect(page.getByTestId('header-messages')).toHaveText(text(locale, 'messages.title'));
      await expect(page.getByTestId('header-unread')).toHaveCount(0);
    });

    test('the buyer contacts the supplier from the product page and sends a question with the product card', async () => {
      const page = world.buyer.page;
      await page.goto(`/${locale}/products/${world.productId}`);
      const contact = page.getByTestId('supplier-card').getByTestId('contact-supplier');
      await expect(contact).toHaveText(text(locale, 'messages.contactSupplier'));
      await contact.click();

      await expect(page).toHaveURL(new RegExp(`/${locale}/messages/${UUID}\\?product=${escape(world.productId)}$`));
      conversationPath = new URL(page.url()).pathname;
      const pending = page.getByTestId('pending-card');
      await expect(pending).toContainText(world.productName);

      const textbox = page.getByRole('textbox', { name: text(locale, 'messages.compose.label'), exact: true });
      // Enter makes a new line; Ctrl+Enter sends.
      await textbox.fill(question);
      await textbox.press('Enter');
      await expect(textbox).toHaveValue(`${question}\n`);
      await textbox.press('Control+Enter');

      const sent = messageWith(page, question.split(':')[0]!);
      await expect(sent).toHaveAttribute('data-mine', 'true');
      await expect(sent.getByTestId('message-product-card')).toContainText(world.productName);
      // Links are links only for http(s), opened safely in a new tab.
      const link = sent.getByRole('link', { name: 'https://example.com/spec' });
      await expect(link).toHaveAttribute('href', 'https://example.com/spec');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow ugc');
      await expect(sent.getByTestId('message-state')).toHaveText(
        new RegExp(`${text(locale, 'messages.state.sent')}|${text(locale, 'messages.state.delivered')}`),
      );
      // The card went with the message; the composer is empty again.
      await expect(pending).toHaveCount(0);
      await expect(textbox).toHaveValue('');
      await expect(thread(page).getByTestId('day-separator').first()).toHaveText(text(locale, 'messages.thread.today'));
    });

    test('the supplier sees the badge and the message without reloading', async () => {
      const page = world.supplier.page;
      const badge = page.getByTestId('header-unread');
      await expect(badge).toHaveText(new Intl.NumberFormat(locale).format(1), { timeout: 10_000 });
      await expect(page.getByTestId('header-messages')).toHaveAccessibleName(
        new RegExp(`^${escape(text(locale, 'messages.title'))}, `),
      );

      await page.getByTestId('header-messages').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/messages$`));
      const row = page.getByTestId('conversation').first();
      await expect(row.getByTestId('conversation-unread')).toBeVisible();
      await expect(row.getByTestId('conversation-product')).toContainText(world.productName);
      await row.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`${escape(conversationPath)}$`));

      const received = messageWith(page, question.split(':')[0]!);
      await expect(received).toHaveAttribute('data-mine', 'false');
      await expect(received.getByTestId('message-product-card')).toContainText(world.productName);
      // Same language on both sides: no "Written in …" note.
      await expect(received.getByTestId('message-language')).toHaveCount(0);
      // The supplier has no "Place order" on a card (that is the buyer's).
      await expect(received.getByTestId('message-place-order')).toHaveCount(0);
      // Opening the thread reads it: the badge goes away, still without a reload.
      await expect(page.getByTestId('header-unread')).toHaveCount(0);
    });

    test('the buyer sees "Read" on the question without reloading', async () => {
      const sent = messageWith(world.buyer.page, question.split(':')[0]!);
      await expect(sent.getByTestId('message-state')).toHaveAttribute('data-state', 'read', { timeout: 10_000 });
      await expect(sent.getByTestId('message-state')).toHaveText(text(locale, 'messages.state.read'));
    });

    test('the supplier answers with a picture, and the buyer sees it live', async () => {
      const supplier = world.supplier.page;
      const files = writeFiles({ 'sample.png': makePng(320, 240, [30, 120, 200]) });
      await supplier.getByTestId('compose-file-input').setInputFiles(files['sample.png']!);
      const chosen = supplier.getByTestId('compose-file');
      await expect(chosen).toContainText('sample.png');
      // Uploaded: no progress bar left, "Send" is enabled.
      await expect(chosen.getByRole('progressbar')).toHaveCount(0, { timeout: 15_000 });
      await supplier.getByRole('textbox', { name: text(locale, 'messages.compose.label'), exact: true }).fill(answer);
      await supplier.getByTestId('compose-send').click();

      const own = messageWith(supplier, answer);
      await expect(own).toHaveAttribute('data-mine', 'true');
      await expect(own.getByTestId('message-picture').locator('img')).toBeVisible();
      await expect(supplier.getByTestId('compose-files')).toHaveCount(0);

      const buyer = world.buyer.page;
      const live = messageWith(buyer, answer);
      await expect(live).toBeVisible({ timeout: 10_000 });
      await expect(live).toHaveAttribute('data-mine', 'false');
      const picture = live.getByTestId('message-picture');
      const img = picture.locator('img');
      await expect(img).toHaveAttribute('width', '240');
      await expect(img).toHaveAttribute('height', '180');
      await expect(img).toHaveAttribute('src', /\/attachments\/[0-9a-f-]{36}\?thumb=1$/);
      await expect(picture).toHaveAttribute('href', /\/attachments\/[0-9a-f-]{36}$/);
      // Shown once, however the stream and the page load overlap.
      await expect(thread(buyer).getByTestId('message').filter({ hasText: answer })).toHaveCount(1);
    });

    test('the buyer places an order from the conversation: the order form opens with the product', async () => {
      const page = world.buyer.page;
      const card = messageWith(page, question.split(':')[0]!).getByTestId('message-product-card');
      const placeOrder = card.getByTestId('message-place-order');
      await expect(placeOrder).toHaveText(text(locale, 'messages.card.placeOrder'));
      await placeOrder.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/orders/new\\?supplier=${UUID}$`));
      await expect(page.getByTestId('order-form-page')).toBeVisible();
      await expect(page.getByTestId('order-line')).toHaveCount(1);
      await expect(page.getByTestId('order-line')).toHaveAttribute('data-product-id', world.productId);
      await expect(page.getByTestId('order-line-name')).toContainText(world.productName);
    });
  });
}
