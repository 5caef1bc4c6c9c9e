import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import type { Locale } from '../src/shared/locales.js';
import { label, logIn } from './helpers.js';

/** Authenticator codes for the journeys, computed from a known secret as an app would. */

const PERIOD_MS = 30_000;
// The server refuses a code of a time step at or before the last one it accepted (replay). Kept in
// a file, not in memory: Playwright starts a new worker after a failure or for another project,
// and a new worker must not reuse a step an earlier one spent.
const STEPS_FILE = join(process.env.E2E_DATA_DIR ?? '.tmp/e2e-data', '..', 'e2e-totp-steps.json');
const lastStepUsed = {
  get(secret: string): number | undefined {
    try {
      return (JSON.parse(readFileSync(STEPS_FILE, 'utf8')) as Record<string, number>)[secret];
    } catch {
      return undefined;
    }
  },
  set(secret: string, step: number): void {
    let all: Record<string, number> = {};
    try {
      all = JSON.parse(readFileSync(STEPS_FILE, 'utf8')) as Record<string, number>;
    } catch {
      // first code of the run
    }
    mkdirSync(dirname(STEPS_FILE), { recursive: true });
    writeFileSync(STEPS_FILE, JSON.stringify({ ...all, [secret]: step }));
  },
};

/**
 * A code the server has not seen yet: the current step's, else the next step's (accepted as
 * one step of drift), else — rarely, after several logins within a minute — wait for a new step.
 */
export async function freshCode(secret: string): Promise<string> {
  let step = Math.floor(Date.now() / PERIOD_MS);
  const last = lastStepUsed.get(secret) ?? 0;
  if (step <= last) {
    if (last + 1 > step + 1) await new Promise((resolve) => setTimeout(resolve, (last - step) * PERIOD_MS + 1000));
    step = Math.max(Math.floor(Date.now() / PERIOD_MS), last + 1);
  }
  lastStepUsed.set(secret, step);
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * PERIOD_MS });
}

/** "Login" with the password, then the second step with a code from the authenticator. */
export async function logInWithCode(page: Page, locale: Locale, login: string, password: string, secret: string) {
  await logIn(page, locale, login, password);
  await expect(page.getByTestId('second-factor-step')).toBeVisible();
  await label(page, locale, 'twoFactor.fields.code').fill(await freshCode(secret));
  await page.getByTestId('second-factor-step').getByRole('button', { name: 'Verify' }).click();
}

/**
 * Personal center → "Two-factor authentication" → set up: reads the key shown for manual entry,
 * confirms with its code, and checks the ten recovery codes shown once. Answers the secret and codes.
 */
export async function enrolAuthenticator(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  const card = page.locator('#two-factor');
  await card.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  await expect(card.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  const secret = (await card.getByTestId('totp-secret').getAttribute('data-secret')) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // What is shown is the same key, in groups of four for typing.
  await expect(card.getByTestId('totp-secret')).toHaveText(secret.match(/.{4}/g)!.join(' '));
  await card.getByLabel('6-digit code from the app').fill(await freshCode(secret));
  await card.getByRole('button', { name: 'Confirm' }).click();
  const list = card.getByTestId('recovery-codes');
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const recoveryCodes = await list.getByRole('listitem').allTextContents();
  await card.getByRole('button', { name: 'I have saved them' }).click();
  await expect(card.getByTestId('totp-on')).toContainText('Two-factor authentication is on.');
  return { secret, recoveryCodes };
}
