import { expect, type Locator, type Page, test } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import { formButton, label } from './helpers.js';
import { text } from './i18n.js';
import { approvedSupplierWithBrand } from './product-helpers.js';
import { makePng, writeFiles } from './supplier-helpers.js';

const NAME = { zh: '不锈钢六角螺栓', en: 'Stainless steel hex bolt', ru: 'Болт шестигранный из нержавеющей стали' };

const panel = (page: Page) => page.getByRole('tabpanel');
const tab = (page: Page, name: RegExp) => page.getByRole('tab', { name });
const row = (page: Page) => page.getByTestId('product-row').filter({ hasText: NAME.en });
const toggle = (page: Page) => row(page).getByTestId('shelf-toggle');

/** Guide 4.4: the status button opens the confirmation pop-up; confirming flips the status. */
async function flipShelf(page: Page, from: 'Unavailable' | 'Available') {
  await expect(toggle(page)).toHaveText(from);
  await toggle(page).click();
  const dialog = page.getByRole('dialog');
  const putOn = from === 'Unavailable';
  await expect(dialog.getByRole('heading')).toHaveText(
    putOn ? 'Put this product on the shelf?' : 'Take this product off the shelf?',
  );
  await expect(dialog).toContainText(NAME.en);
  await dialog.getByRole('button', { name: putOn ? 'Put on the shelf' : 'Take off the shelf' }).click();
  await expect(dialog).toBeHidden();
  await expect(toggle(page)).toHaveText(putOn ? 'Available' : 'Unavailable');
}

async function searchFromHeader(page: Page, locale: Locale, words: string) {
  const box = page.getByTestId('header-search');
  await box.getByRole('searchbox', { name: text(locale, 'catalog.search.label') }).fill(words);
  await box.getByRole('button', { name: text(locale, 'catalog.search.button') }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=${encodeURIComponent(words)}$`));
}

const card = (results: Locator, name: string) => results.getByTestId('product-card').filter({ hasText: name });

test.describe('products', () => {
  test('a supplier publishes a product in four languages; visitors find it by 螺栓 and болт', async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);
    const files = writeFiles({
      'bolt-front.png': makePng(640, 480, [150, 150, 160]),
      'bolt-side.png': makePng(480, 640, [60, 90, 140]),
    });
    const supplier = await approvedSupplierWithBrand(page, browser);

    // Guide 4.1: Supplier Management → "Product Management" → "New Products".
    await page.goto('/en/supplier');
    await page
      .getByRole('navigation', { name: 'Supplier center' })
      .getByRole('link', { name: 'Product Management' })
      .click();
    await expect(page).toHaveURL(/\/en\/supplier\/products$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Product Management' })).toBeVisible();
    await expect(page.getByTestId('products-list-empty')).toBeVisible();
    // The tab is named after the page, not after the supplier-centre layout around it — also
    // after a language switch, when the layout's title changes too.
    await expect(page).toHaveTitle(new RegExp(`^${text('en', 'terms.productManagement')} — `));
    await page.getByTestId('language-switcher').selectOption('ru');
    await expect(page).toHaveURL(/\/ru\/supplier\/products$/);
    await expect(page).toHaveTitle(new RegExp(`^${text('ru', 'terms.productManagement')} — `));
    await page.getByTestId('language-switcher').selectOption('en');
    await expect(page.getByTestId('products-list-empty')).toBeVisible();
    await page.getByRole('link', { name: 'New Products' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('New Product');
    // Guide 4.3: the supplier vouches for the information.
    await expect(page.getByTestId('authenticity-statement')).toContainText('authentic and lawful');

    // "Submit" on an empty form: the problems are shown where they are.
    await formButton(page, 'en', 'terms.submit').click();
    await expect(page.getByTestId('form-error')).toHaveText(text('en', 'errors.VALIDATION_FAILED'));
    await expect(tab(page, /^中文/)).toHaveAttribute('aria-selected', 'true');
    await expect(panel(page).getByLabel('Product name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    // Guide 4.2: Chinese and English now; Russian and Spanish later.
    await expect(tab(page, /^Русский/)).toContainText(text('en', 'products.form.langState.fallback'));
    await panel(page).getByLabel('Product name', { exact: true }).fill(NAME.zh);
    await panel(page).getByLabel('Selling points', { exact: true }).fill('A2 不锈钢，耐腐蚀，适用于户外钢结构。');
    await tab(page, /^English/).click();
    await panel(page).getByLabel('Product name', { exact: true }).fill(NAME.en);
    await panel(page).getByLabel('Selling points', { exact: true }).fill('A2 stainless steel, for outdoor steel work.');
    const description = panel(page).getByRole('textbox', { name: 'Description' });
    await description.fill('Grade A2 stainless steel. ');
    await panel(page).getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('Corrosion resistant');
    await panel(page).getByLabel('Keywords', { exact: true }).fill('bolt, hex bolt, fastener');
    await panel(page).getByRole('button', { name: 'Add a specification' }).click();
    await panel(page).getByLabel('Specification', { exact: true }).fill('Thread');
    await panel(page).getByLabel('Value', { exact: true }).fill('M8');
    await expect(tab(page, /^中文/)).toContainText(text('en', 'products.form.langState.filled'));
    await expect(tab(page, /^English/)).toContainText(text('en', 'products.form.langState.filled'));

    await label(page, 'en', 'products.fields.category').selectOption({ label: 'Hardware and tools' });
    await label(page, 'en', 'products.fields.subcategory').selectOption({ label: 'Fasteners' });
    await label(page, 'en', 'products.fields.brand').selectOption({ label: supplier.brandName });
    await label(page, 'en', 'products.fields.modelNumber').fill('HB-M8-A2');

    // Two pictures with their progress; the first is the main one until reordered.
    await page.getByTestId('upload-picture').setInputFiles(files['bolt-front.png']!);
    await expect(page.getByTestId('picture-item')).toHaveCount(1);
    await page.getByTestId('upload-picture').setInputFiles(files['bolt-side.png']!);
    await expect(page.getByTestId('picture-item')).toHaveCount(2);
    await expect(page.getByTestId('picture-item').first()).toContainText('Main picture');
    await page.getByRole('button', { name: 'Move bolt-front.png down' }).click();
    await expect(page.getByTestId('picture-item').first()).toContainText('bolt-side.png');
    await expect(page.getByTestId('picture-item').first()).toContainText('Main picture');
    // Dragging works too: the front view back to the first place.
    await page.getByTestId('picture-item').nth(1).dragTo(page.getByTestId('picture-item').first());
    await expect(page.getByTestId('picture-item').first()).toContainText('bolt-front.png');
    await expect(page.getByTestId('picture-item').first()).toContainText('Main picture');

    await label(page, 'en', 'products.fields.moq').fill('100');
    const tiers = page.getByTestId('price-tier');
    await tiers.nth(0).getByLabel('From quantity').fill('100');
    await tiers.nth(0).getByLabel('Unit price (USD)').fill('0.12');
    await page.getByRole('button', { name: 'Add a price tier' }).click();
    await tiers.nth(1).getByLabel('From quantity').fill('5000');
    await tiers.nth(1).getByLabel('Unit price (USD)').fill('0.09');
    await label(page, 'en', 'products.fields.leadTimeDays').fill('15');
    await label(page, 'en', 'products.fields.origin').selectOption('CN');
    await label(page, 'en', 'products.fields.hsCode').fill('731815');
    await label(page, 'en', 'products.fields.packaging').fill('500 pieces per carton');
    await label(page, 'en', 'products.fields.weightKg').fill('0.012');
    await formButton(page, 'en', 'terms.submit').click();

    // Guide 4.4: listed in "Product Management", not yet on the shelf.
    await expect(page).toHaveURL(/\/en\/supplier\/products$/);
    await expect(page.getByTestId('list-notice')).toContainText(NAME.en);
    await expect(row(page)).toContainText(supplier.brandName);
    await expect(row(page)).toContainText('Fasteners');
    await expect(row(page)).toContainText('$0.09');
    await expect(row(page).locator('[data-locale="zh-CN"]')).toHaveAttribute('data-filled', 'true');
    await expect(row(page).locator('[data-locale="ru"]')).toHaveAttribute('data-filled', 'false');
    await flipShelf(page, 'Unavailable');

    // Russian later: edit, fill the Русский tab, submit.
    await row(page).getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Edit product');
    const productId = /\/supplier\/products\/([0-9a-f-]{36})\/edit$/.exec(page.url())?.[1];
    expect(productId).toBeTruthy();
    await tab(page, /^Русский/).click();
    await panel(page).getByLabel('Product name', { exact: true }).fill(NAME.ru);
    await panel(page).getByLabel('Keywords', { exact: true }).fill('болт, крепёж');
    await formButton(page, 'en', 'terms.submit').click();
    await expect(page.getByTestId('list-notice')).toHaveText(`Your changes to “${NAME.en}” have been saved.`);
    await expect(row(page).locator('[data-locale="ru"]')).toHaveAttribute('data-filled', 'true');
    await expect(toggle(page)).toHaveText('Available');

    // Changed in another window meanwhile: 409, the typing is kept, "reload" shows the latest.
    await row(page).getByRole('link', { name: 'Edit' }).click();
    await tab(page, /^English/).click();
    const keywords = panel(page).getByLabel('Keywords', { exact: true });
    await expect(keywords).toHaveValue('bolt, hex bolt, fastener');
    await keywords.fill('typed while someone else saved');
    const origin = new URL(page.url()).origin;
    const other = await page.request.post('/api/supplier/products/shelf', {
      headers: { origin },
      data: { ids: [productId], onShelf: false },
    });
    expect(other.ok()).toBe(true);
    await formButton(page, 'en', 'terms.submit').click();
    await expect(page.getByTestId('version-conflict')).toContainText(
      'This product was changed in another window; reload to see the latest version',
    );
    await expect(keywords).toHaveValue('typed while someone else saved');
    await page.getByRole('button', { name: /Reload the latest version/ }).click();
    await expect(keywords).toHaveValue('bolt, hex bolt, fastener');
    await page.getByRole('link', { name: 'Back to Product Management' }).click();

    // Off and on again through the pop-up; off means buyers cannot find it.
    await flipShelf(page, 'Unavailable');
    await flipShelf(page, 'Available');
    const hidden = await page.request.get(`/api/catalog/products?${new URLSearchParams({ q: '螺栓' })}`);
    expect(((await hidden.json()) as { total: number }).total).toBe(0);
    await flipShelf(page, 'Unavailable');

    // A visitor (no account): the home page, the header search by a 2-character Chinese word…
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto('/en/');
    await expect(card(visitor.getByTestId('latest-products'), NAME.en)).toBeVisible();
    await searchFromHeader(visitor, 'en', '螺栓');
    await expect(card(visitor.getByTestId('results'), NAME.en)).toBeVisible();
    await visitor.goto('/zh-CN/');
    await searchFromHeader(visitor, 'zh-CN', '螺栓');
    await expect(card(visitor.getByTestId('results'), NAME.zh)).toBeVisible();
    // …and by a Russian word, in Russian.
    await visitor.goto('/ru/');
    await searchFromHeader(visitor, 'ru', 'болт');
    await expect(card(visitor.getByTestId('results'), NAME.ru)).toBeVisible();

    // The product page in each language; Spanish is not filled in, so English with a notice.
    await card(visitor.getByTestId('results'), NAME.ru).getByRole('link', { name: NAME.ru }).click();
    await expect(visitor).toHaveURL(new RegExp(`/ru/products/${productId}$`));
    const expected: Record<Locale, string> = { 'zh-CN': NAME.zh, en: NAME.en, ru: NAME.ru, es: NAME.en };
    for (const locale of ['zh-CN', 'en', 'ru', 'es'] as const) {
      await visitor.goto(`/${locale}/products/${productId}`);
      await expect(visitor.getByTestId('product-name')).toHaveText(expected[locale]);
      await expect(visitor).toHaveTitle(new RegExp(`^${expected[locale]} — `));
      if (locale === 'es') {
        const english = new Intl.DisplayNames('es', { type: 'language' }).of('en')!;
        await expect(visitor.getByTestId('language-notice')).toHaveText(
          text('es', 'catalog.product.shownIn').replace('{{language}}', english),
        );
      } else {
        await expect(visitor.getByTestId('language-notice')).toHaveCount(0);
      }
    }
    await expect(visitor.locator('link[rel="alternate"][hreflang]')).toHaveCount(5);
    await expect(visitor.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      'href',
      new RegExp(`/en/products/${productId}$`),
    );
    await expect(visitor.locator('meta[name="description"]')).toHaveAttribute('content', /A2 stainless steel/);

    // What a buyer needs: pictures, prices by quantity, MOQ, specification, description, supplier.
    await visitor.goto(`/en/products/${productId}`);
    await expect(visitor.getByTestId('gallery').getByRole('button')).toHaveCount(2);
    await expect(visitor.getByTestId('price-tiers').locator('tbody tr')).toHaveCount(2);
    await expect(visitor.getByTestId('price-tiers')).toContainText('$0.12');
    await expect(visitor.getByTestId('product-moq')).toHaveText('100 pieces');
    await expect(visitor.getByTestId('specs')).toContainText('M8');
    await expect(visitor.getByTestId('description').locator('b, strong')).toHaveText('Corrosion resistant');
    await expect(visitor.getByTestId('product-details')).toContainText('731815');
    const supplierCard = visitor.getByTestId('supplier-card');
    await expect(supplierCard.getByRole('link', { name: supplier.companyNameEn })).toBeVisible();
    await expect(visitor.getByTestId('supplier-contact')).toBeHidden();
    await supplierCard.getByRole('button', { name: 'Contact details' }).click();
    await expect(visitor.getByTestId('supplier-contact')).toContainText('export@example.com');
    // The category page lists it too.
    await visitor.getByTestId('product-page').getByRole('link', { name: 'Fasteners' }).first().click();
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Fasteners');
    await expect(card(visitor.getByTestId('results'), NAME.en)).toBeVisible();

    // "Remove" (soft delete, confirmed): gone from the list and from the catalog.
    await row(page).getByRole('button', { name: 'Remove' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm.getByRole('heading')).toHaveText('Remove this product?');
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByTestId('list-notice')).toHaveText(`“${NAME.en}” has been removed.`);
    await expect(page.getByTestId('products-list-empty')).toBeVisible();
    await visitor.goto('/en/');
    await expect(visitor.getByTestId('products-empty')).toBeVisible();
    await visitor.context().close();
  });
});
