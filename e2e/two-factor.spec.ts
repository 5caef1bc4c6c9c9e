import { expect, test } from '@playwright/test';
import { label, logIn, newUser, register } from './helpers.js';
import { text } from './i18n.js';
import { enrolAuthenticator, logInWithCode } from './totp.js';

/** Two-factor authentication (issue 11): set up in the personal center, then a second step at login. */
test('turn on two-factor authentication, then log in with a code and with a recovery code', async ({ page }) => {
  test.setTimeout(120_000);
  const user = newUser('totp');
  await register(page, 'en', user);
  await logIn(page, 'en', user.accountName, user.password);
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.locator('#two-factor')).toContainText('Two-factor authentication is off.');

  const { secret, recoveryCodes } = await enrolAuthenticator(page);
  await expect(page.locator('#two-factor')).toContainText('Unused recovery codes: 10.');
  await page.locator('header').getByRole('button', { name: 'Log out' }).click();

  // The password alone is not enough any more; a wrong code is refused.
  await page.goto('/en/login');
  await logIn(page, 'en', user.accountName, user.password);
  const step = page.getByTestId('second-factor-step');
  await expect(step).toContainText(text('en', 'twoFactor.login.lead'));
  await label(page, 'en', 'twoFactor.fields.code').fill('000000');
  await step.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('form-error')).toHaveText(text('en', 'errors.SECOND_FACTOR_INVALID'));
  await expect(page).toHaveURL(/\/en\/login$/);

  // "Start again", then the right code.
  await step.getByRole('button', { name: 'Start again' }).click();
  await logInWithCode(page, 'en', user.accountName, user.password, secret);
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.locator('#two-factor')).toContainText('Two-factor authentication is on.');
  await page.locator('header').getByRole('button', { name: 'Log out' }).click();

  // A recovery code instead of the app's code, once.
  await page.goto('/en/login');
  await logIn(page, 'en', user.accountName, user.password);
  await label(page, 'en', 'twoFactor.fields.code').fill(recoveryCodes[0]!);
  await step.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.locator('#two-factor')).toContainText('Unused recovery codes: 9.');
});
