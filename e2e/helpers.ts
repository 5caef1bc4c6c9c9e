import { expect, type Page } from '@playwright/test';
import type { Locale } from '../src/shared/locales.js';
import { text } from './i18n.js';
import { readCode } from './mailbox.js';

/** Journeys' shared steps: new accounts, "Register" (guide 1.2) and "Login" (guide 1.3). */

export interface NewUser {
  accountName: string;
  email: string;
  password: string;
}

let serial = 0;
/** A fresh account per call: unique across runs and within one (names allow letters, digits, _ and -). */
export function newUser(prefix: string): NewUser {
  const id = `${Date.now().toString(36)}${(serial++).toString(36)}`;
  return { accountName: `${prefix}_${id}`, email: `${prefix}.${id}@example.com`, password: `Trade ${id} route 7` };
}

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const label = (page: Page, locale: Locale, key: string) => page.getByLabel(text(locale, key), { exact: true });
export const formButton = (page: Page, locale: Locale, key: string) =>
  page.locator('main form').getByRole('button', { name: text(locale, key), exact: true });

/** Guide 1.2: fills "Register" in `locale`, reading the emailed code; ends on "Login" (guide 1.3). */
export async function register(page: Page, locale: Locale, user: NewUser) {
  await page.goto(`/${locale}/register`);
  await fillRegistration(page, locale, user);
  await expect(page).toHaveURL(new RegExp(`/${locale}/login$`));
  await expect(page.getByTestId('registered-banner')).toHaveText(text(locale, 'auth.login.registered'));
  await expect(label(page, locale, 'auth.fields.login')).toHaveValue(user.accountName);
}

/** The "Register" form, already open, filled and sent (the page then goes to "Login"). */
export async function fillRegistration(page: Page, locale: Locale, user: NewUser) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'terms.register'));
  await label(page, locale, 'auth.fields.accountName').fill(user.accountName);
  await label(page, locale, 'auth.fields.password').fill(user.password);
  await label(page, locale, 'auth.fields.confirmPassword').fill(user.password);
  await label(page, locale, 'auth.fields.email').fill(user.email);

  const send = page.getByTestId('send-code');
  await expect(send).toHaveText(text(locale, 'auth.code.send'));
  await send.click();
  await expect(page.getByTestId('code-sent')).toContainText(user.email);
  // The button counts down before another code may be asked for.
  await expect(send).toBeDisabled();
  await expect(send).toHaveText(/\d/);
  await label(page, locale, 'auth.fields.code').fill(await readCode(page.request, user.email));

  const agreement = page.locator('main form').getByRole('link', { name: text(locale, 'terms.userAgreement') });
  await expect(agreement).toHaveAttribute('href', `/${locale}/agreement`);
  await expect(agreement).toHaveAttribute('target', '_blank');
  const checkbox = page.locator('main form').getByRole('checkbox');
  await expect(checkbox).toHaveAccessibleName(new RegExp(escape(text(locale, 'terms.readAndAgree'))));
  await checkbox.check();
  await formButton(page, locale, 'terms.register').click();
}

export async function logIn(page: Page, locale: Locale, login: string, password: string) {
  await label(page, locale, 'auth.fields.login').fill(login);
  await label(page, locale, 'auth.fields.password').fill(password);
  await formButton(page, locale, 'terms.login').click();
}
