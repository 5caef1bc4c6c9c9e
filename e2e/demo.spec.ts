import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../src/server/demo/demo-accounts.js';
import { logIn } from './helpers.js';
import { DEMO_BASE_URL } from './staff.js';
import { enrolAuthenticator } from './totp.js';

// The second server of playwright.config.ts starts on an empty data dir with DEMO_DATA on, as
// `npm start` does for a new user.
test.use({ baseURL: DEMO_BASE_URL });
test.skip(!DEMO_BASE_URL, 'only with the servers playwright.config.ts starts');

test('a new platform shows its demo: the catalog, the demo supplier’s products, the staff review queue', async ({
  page,
}) => {
  await page.goto('/es/search?q=perno');
  await expect(page.getByRole('link', { name: 'Perno hexagonal M8 de acero inoxidable' })).toBeVisible();
  await page.goto('/zh-CN/search?q=%E8%9E%BA%E6%A0%93');
  await expect(page.getByRole('link', { name: '不锈钢六角螺栓 M8' })).toBeVisible();

  await page.goto('/en/login');
  await logIn(page, 'en', DEMO_ACCOUNTS.supplier.accountName, DEMO_ACCOUNTS.supplier.password);
  await expect(page).toHaveURL(/\/en\/account$/);
  await page.goto('/en/supplier/products');
  await expect(page.getByTestId('product-row')).toHaveCount(6);
  await expect(page.locator('[data-testid="product-row"][data-status="on_shelf"]')).toHaveCount(6);
  await page.goto('/en/supplier/brands');
  await expect(page.getByRole('row', { name: /Banyan 38211457 .* Approved/ })).toBeVisible();
  await page.locator('header').getByRole('button', { name: 'Log out' }).click();

  // Demo staff, like real staff, set up two-factor authentication at their first login.
  await page.goto('/en/login');
  await logIn(page, 'en', DEMO_ACCOUNTS.staff.accountName, DEMO_ACCOUNTS.staff.password);
  await expect(page).toHaveURL(/\/en\/account#two-factor$/);
  await expect(page.getByTestId('totp-required')).toBeVisible();
  await page.goto('/en/admin/supplier-applications');
  await expect(page).toHaveURL(/\/en\/account#two-factor$/);
  await enrolAuthenticator(page);
  await page.goto('/en/admin/supplier-applications');
  await expect(page.getByTestId('review-row')).toHaveCount(1);
  await expect(page.getByTestId('review-row')).toContainText('Rheinwerk Tools GmbH');
});
