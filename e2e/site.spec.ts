import { expect, test } from '@playwright/test';
import { staffPage } from './brand-helpers.js';
import { LOCALES, text } from './i18n.js';
import { holdChunk } from './network.js';

test.describe('the site in four languages', () => {
  for (const locale of LOCALES) {
    test(`home page in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'home.heroTitle'));
      const header = page.locator('header');
      await expect(header.getByRole('link', { name: text(locale, 'terms.login'), exact: true })).toBeVisible();
      await expect(header.getByRole('link', { name: text(locale, 'terms.register'), exact: true })).toBeVisible();
      await expect(header.getByRole('link', { name: text(locale, 'terms.toBeSuppliers') })).toBeVisible();
      await expect(page.getByTestId('support')).toContainText('+86 15010706836');
      await expect(page.getByTestId('support')).toContainText(text(locale, 'terms.customerSupport'));
      await expect(page).toHaveTitle(new RegExp(text(locale, 'home.tagline')));
      await expect(page.getByTestId('products-empty')).toContainText(text(locale, 'home.noProductsYet'));
    });
  }

  test('English header uses the guide’s words', async ({ page }) => {
    await page.goto('/en/');
    const header = page.locator('header');
    await expect(header.getByRole('link', { name: 'Login', exact: true })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Register', exact: true })).toBeVisible();
    await expect(header.getByRole('link', { name: 'To be Suppliers' })).toBeVisible();
  });

  test('the browser language picks the first page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await context.close();
  });

  test('switching language keeps the page and is remembered', async ({ page }) => {
    await page.goto('/en/to-be-suppliers#s3');
    await page.getByTestId('language-switcher').selectOption('zh-CN');
    await expect(page).toHaveURL(/\/zh-CN\/to-be-suppliers#s3$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('zh-CN', 'terms.toBeSuppliers'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-CN\/$/);
    await page.getByTestId('language-switcher').selectOption('es');
    await expect(page).toHaveURL(/\/es\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('es', 'home.heroTitle'));
  });

  test('unknown pages get a translated 404', async ({ page }) => {
    const response = await page.goto('/es/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toContainText(text('es', 'notFound.title'));
    await expect(page).toHaveTitle(new RegExp(text('es', 'notFound.title')));
  });

  test('a link to a page whose code is still loading shows progress at once; the old page takes no clicks', async ({
    browser,
  }) => {
    const staff = await staffPage(browser);
    const chunk = await holdChunk(staff, 'ReviewQueuePage');
    const main = staff.getByRole('main');
    const oldLink = main.getByRole('navigation', { name: text('en', 'nav.breadcrumb') }).getByRole('link');
    const box = await oldLink.first().boundingBox();
    if (!box) throw new Error('the personal center has no breadcrumb link');

    await staff.getByTestId('review-console-link').click();
    await expect(staff.getByTestId('page-progress')).toHaveAttribute('data-active', 'true');
    await expect(staff.getByTestId('page-progress')).toHaveText(text('en', 'common.loading'));
    await expect(staff.getByTestId('page-progress')).toBeVisible();
    await expect(main).toHaveAttribute('aria-busy', 'true');
    // A second click where the old page's link is: it must not take the user elsewhere.
    await staff.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(main).toHaveAttribute('inert', '');
    chunk.release();
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText(text('en', 'review.title'));
    await expect(staff).toHaveURL(/\/en\/admin\/supplier-applications$/);
    await expect(main).not.toHaveAttribute('aria-busy', 'true');
    await expect(main).not.toHaveAttribute('inert');
    await staff.context().close();
  });
});
