import { expect, test } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import { CURRENT_AGREEMENT_VERSION } from '../src/shared/schemas/accounts.js';
import { escape, formButton, label, logIn, newUser, register } from './helpers.js';
import { LOCALES, text } from './i18n.js';
import { countMessages, readCode, readResetPath } from './mailbox.js';

const minutes = (locale: Locale, n: number) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(n);

test.describe('accounts', () => {
  test('register, log in, personal center, log out, log in again', async ({ page }) => {
    const user = newUser('buyer');
    await register(page, 'en', user);

    await logIn(page, 'en', user.accountName, user.password);
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal Center');
    await expect(page.getByTestId('profile-account-name')).toHaveText(user.accountName);
    await expect(page.getByTestId('profile-email')).toHaveText(user.email);
    await expect(page.getByTestId('session-current')).toContainText('This device');
    const entry = page.getByTestId('supplier-entry').getByRole('link', { name: 'Supplier Authentication' });
    await expect(entry).toBeVisible();

    const header = page.locator('header');
    await expect(header.getByRole('link', { name: new RegExp(escape(user.accountName)) })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Login', exact: true })).toHaveCount(0);

    await entry.click();
    await expect(page).toHaveURL(/\/en\/account\/supplier-authentication$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Supplier Authentication');

    await header.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(header.getByRole('link', { name: 'Login', exact: true })).toBeVisible();

    // Signed out, the personal center sends to Login and comes back afterwards.
    await page.goto('/en/account');
    await expect(page).toHaveURL(/\/en\/login\?next=%2Fen%2Faccount$/);
    await logIn(page, 'en', user.email, 'not the password');
    await expect(page.getByTestId('form-error')).toHaveText(text('en', 'errors.INVALID_CREDENTIALS'));
    await expect(label(page, 'en', 'auth.fields.login')).toHaveValue(user.email);

    await label(page, 'en', 'auth.fields.rememberMe').check();
    await logIn(page, 'en', user.email, user.password);
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByTestId('supplier-entry')).toContainText('Supplier Authentication');
  });

  test('forgot the password: the emailed link sets a new one; the old one stops working', async ({ page }) => {
    const user = newUser('reset');
    await register(page, 'en', user);

    await page.getByRole('link', { name: 'Forgot the password' }).click();
    await expect(page).toHaveURL(/\/en\/forgot-password$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot the password');
    const neutral = text('en', 'auth.forgot.sent').replace('{{duration}}', minutes('en', 30));

    // An unknown address gets the very same answer, and no mail.
    const stranger = `nobody.${Date.now()}@example.com`;
    await label(page, 'en', 'auth.fields.email').fill(stranger);
    await formButton(page, 'en', 'terms.submit').click();
    await expect(page.getByTestId('forgot-sent')).toHaveText(neutral);
    expect(await countMessages(page.request, stranger)).toBe(0);

    await page.goto('/en/forgot-password');
    await label(page, 'en', 'auth.fields.email').fill(user.email);
    await formButton(page, 'en', 'terms.submit').click();
    await expect(page.getByTestId('forgot-sent')).toHaveText(neutral);

    const resetPath = await readResetPath(page.request, user.email);
    expect(resetPath).toMatch(/^\/en\/reset-password\?token=/);
    await page.goto(resetPath);
    const newPassword = `${user.password} renewed`;
    await label(page, 'en', 'auth.fields.newPassword').fill(newPassword);
    await label(page, 'en', 'auth.fields.confirmPassword').fill(newPassword);
    await formButton(page, 'en', 'auth.reset.save').click();
    await expect(page.getByTestId('reset-done')).toHaveText(text('en', 'auth.reset.done'));

    await page.getByRole('main').getByRole('link', { name: 'Login', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/login$/);
    await logIn(page, 'en', user.accountName, user.password);
    await expect(page.getByTestId('form-error')).toHaveText(text('en', 'errors.INVALID_CREDENTIALS'));
    await logIn(page, 'en', user.accountName, newPassword);
    await expect(page).toHaveURL(/\/en\/account$/);

    // The link works once.
    await page.goto(resetPath);
    await expect(page.getByTestId('reset-invalid')).toBeVisible();
    await expect(page.getByRole('link', { name: text('en', 'auth.reset.requestNew') })).toHaveAttribute(
      'href',
      '/en/forgot-password',
    );
  });

  test('inline checks and server errors show under their fields and keep what was typed', async ({ page }) => {
    const first = newUser('taken');
    await register(page, 'en', first);

    await page.goto('/en/register');
    const accountName = label(page, 'en', 'auth.fields.accountName');
    await accountName.fill('ab');
    await accountName.blur();
    await expect(accountName).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(text('en', 'validation.account_name_format'))).toBeVisible();
    await accountName.fill(first.accountName);
    await accountName.blur();
    await expect(page.getByText(text('en', 'validation.account_name_taken'))).toBeVisible();

    const second = newUser('second');
    await accountName.fill(second.accountName);
    await accountName.blur();
    await expect(accountName).not.toHaveAttribute('aria-invalid', 'true');
    // The password rules show before submit: 12 characters at least, and not the account name.
    const password = label(page, 'en', 'auth.fields.password');
    await password.fill('short-pass1');
    await password.blur();
    await expect(page.getByText(text('en', 'validation.password_length'))).toBeVisible();
    await password.fill(`${second.accountName}-secret`);
    await password.blur();
    await expect(page.getByText(text('en', 'validation.password_context'))).toBeVisible();
    await password.fill('password1234');
    await label(page, 'en', 'auth.fields.confirmPassword').fill('password123');
    await label(page, 'en', 'auth.fields.confirmPassword').blur();
    await expect(page.getByText(text('en', 'validation.password_mismatch'))).toBeVisible();
    await label(page, 'en', 'auth.fields.confirmPassword').fill('password1234');
    await label(page, 'en', 'auth.fields.email').fill(second.email);
    await label(page, 'en', 'auth.fields.code').fill('123456');

    // The honeypot is out of sight and out of the tab order.
    const honeypot = page.locator('input[name="website"]');
    await expect(honeypot).toHaveAttribute('tabindex', '-1');
    await expect(honeypot).not.toBeInViewport();

    await formButton(page, 'en', 'terms.register').click();
    await expect(page.getByText(text('en', 'validation.agreement_required'))).toBeVisible();
    await expect(accountName).toHaveValue(second.accountName);

    await page.locator('main form').getByRole('checkbox').check();
    await formButton(page, 'en', 'terms.register').click();
    // "password1234" is one of the most common passwords: the server says so under the field.
    await expect(page.getByText(text('en', 'validation.password_common'))).toBeVisible();
    await expect(label(page, 'en', 'auth.fields.password')).toHaveValue('');
    await expect(accountName).toHaveValue(second.accountName);
    await expect(label(page, 'en', 'auth.fields.email')).toHaveValue(second.email);
  });

  test('personal center: email language, other sessions, change email, change password', async ({ page, browser }) => {
    const user = newUser('center');
    await register(page, 'en', user);
    await logIn(page, 'en', user.accountName, user.password);
    await expect(page).toHaveURL(/\/en\/account$/);

    await label(page, 'en', 'account.language.label').selectOption('ru');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText(text('en', 'common.saved'))).toBeVisible();
    await page.reload();
    await expect(label(page, 'en', 'account.language.label')).toHaveValue('ru');

    // Another device signs in; this one signs it out.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto('/en/login');
    await logIn(otherPage, 'en', user.email, user.password);
    await expect(otherPage).toHaveURL(/\/en\/account$/);
    await page.reload();
    await expect(page.getByTestId('session')).toHaveCount(1);
    await page.getByTestId('session').getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByTestId('session')).toHaveCount(0);
    await otherPage.reload();
    await expect(otherPage).toHaveURL(/\/en\/login\?next=/);
    await other.close();

    const newEmail = `moved.${user.email}`;
    const emailCard = page.locator('section', { has: page.getByRole('heading', { name: 'Change email' }) });
    await emailCard.getByLabel('New email', { exact: true }).fill(newEmail);
    await emailCard.getByLabel('Current password', { exact: true }).fill(user.password);
    await emailCard.getByTestId('send-code').click();
    await emailCard.getByLabel('Verification code', { exact: true }).fill(await readCode(page.request, newEmail));
    await emailCard.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(page.getByTestId('email-changed')).toContainText(newEmail);
    await expect(page.getByTestId('profile-email')).toHaveText(newEmail);

    const newPassword = `${user.password} changed`;
    const passwordCard = page.locator('section', { has: page.getByRole('heading', { name: 'Change password' }) });
    await passwordCard.getByLabel('Current password', { exact: true }).fill('not my password');
    await passwordCard.getByLabel('New password', { exact: true }).fill(newPassword);
    await passwordCard.getByLabel('Confirm password', { exact: true }).fill(newPassword);
    await passwordCard.getByRole('button', { name: 'Change password' }).click();
    await expect(passwordCard.getByText(text('en', 'validation.current_password_wrong'))).toBeVisible();
    await passwordCard.getByLabel('Current password', { exact: true }).fill(user.password);
    await passwordCard.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByTestId('password-changed')).toHaveText(text('en', 'account.password.done'));

    await page.locator('header').getByRole('button', { name: 'Log out' }).click();
    await page.goto('/en/login');
    await logIn(page, 'en', newEmail, newPassword);
    await expect(page).toHaveURL(/\/en\/account$/);
  });

  for (const locale of LOCALES) {
    test(`registration in ${locale}`, async ({ page }) => {
      const user = newUser(`l_${locale.replace('-', '')}`);
      await register(page, locale, user);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('link', { name: text(locale, 'terms.forgotPassword') })).toBeVisible();

      await logIn(page, locale, user.accountName, user.password);
      await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'terms.personalCenter'));
      await expect(
        page.getByTestId('supplier-entry').getByRole('link', { name: text(locale, 'terms.supplierAuthentication') }),
      ).toBeVisible();
    });
  }

  test('the user agreement shows its version and date in the page language', async ({ page }) => {
    await page.goto('/ru/agreement');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ru', 'agreement.title'));
    const date = new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${CURRENT_AGREEMENT_VERSION}T00:00:00Z`),
    );
    await expect(page.getByTestId('agreement-version')).toHaveText(
      text('ru', 'agreement.version').replace('{{version}}', CURRENT_AGREEMENT_VERSION).replace('{{date}}', date),
    );
    await expect(page.locator('#a11')).toBeVisible();
  });
});
