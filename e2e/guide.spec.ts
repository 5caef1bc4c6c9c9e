import { expect, test } from '@playwright/test';
import { LOCALES, text } from './i18n.js';

const SECTIONS = [
  ['s1', '1'],
  ['s1-1', '1.1'],
  ['s1-2', '1.2'],
  ['s1-3', '1.3'],
  ['s1-4', '1.4'],
  ['s2', '2'],
  ['s2-1', '2.1'],
  ['s2-2', '2.2'],
  ['s3', '3'],
  ['s3-1', '3.1'],
  ['s3-2', '3.2'],
  ['s4', '4'],
  ['s4-1', '4.1'],
  ['s4-2', '4.2'],
  ['s4-3', '4.3'],
  ['s4-4', '4.4'],
  ['s5', '5'],
  ['s5-1', '5.1'],
  ['s5-2', '5.2'],
  ['s5-3', '5.3'],
  ['s5-3-1', '5.3.1'],
  ['s5-3-2', '5.3.2'],
  ['s5-4', '5.4'],
] as const;

test.describe('To be Suppliers', () => {
  for (const locale of LOCALES) {
    test(`every guide section is there in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page
        .locator('header')
        .getByRole('link', { name: text(locale, 'terms.toBeSuppliers') })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/to-be-suppliers$`));
      const breadcrumb = page.getByRole('navigation', { name: text(locale, 'nav.breadcrumb') });
      await expect(breadcrumb).toContainText(text(locale, 'terms.home'));
      await expect(breadcrumb).toContainText(text(locale, 'terms.toBeSuppliers'));
      for (const [id, number] of SECTIONS) {
        const heading = page.getByTestId(`guide-${id}`).getByRole('heading').first();
        await expect(heading).toContainText(number);
      }
      // The table of contents jumps to a section.
      const toc = page.getByRole('navigation', { name: text(locale, 'guide.contents') });
      await toc.locator('a[href="#s5-4"]').click();
      await expect(page).toHaveURL(/#s5-4$/);
      await expect(page.getByTestId('guide-s5-4')).toBeInViewport();
      // Button names in the guide are the UI's own.
      await expect(page.getByTestId('guide-s2-1')).toContainText(text(locale, 'terms.nextStep'));
      await expect(page.getByTestId('guide-s4-4')).toContainText(text(locale, 'terms.unavailable'));
    });
  }

  test('the English guide names every button as the guide does', async ({ page }) => {
    await page.goto('/en/to-be-suppliers');
    const body = page.locator('article');
    for (const name of [
      'Login',
      'Register',
      'Forgot the password',
      'Submit',
      'Supplier Authentication',
      'Next Step',
      'Supplier',
      'Licensed Brands',
      'Private Brands',
      'Agency Brands',
      'New Brand',
      'New Agency Brand',
      'New Products',
      'Unavailable',
      'Order Management',
      'View Details',
      'Invoice & Contract',
    ]) {
      await expect(body.locator('.ui-term', { hasText: name }).first()).toBeVisible();
    }
  });
});
