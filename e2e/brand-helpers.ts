import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { logIn, newUser, register, type NewUser } from './helpers.js';
import { STAFF } from './staff.js';
import { logInWithCode } from './totp.js';
import { apiCall, chineseCompany, makePng, prepareApplication } from './supplier-helpers.js';

/** Shortcuts to the start of the brand journeys (guide 3): an approved supplier and a staff page. */

// The staff session of this worker: each "Login" with a code may wait up to 30 s for an unused
// authenticator step, so journeys that only need staff to approve something reuse one session —
// for at most 5 minutes, well inside the 15 minutes in which a second factor counts as fresh.
const STAFF_SESSION_REUSE_MS = 5 * 60_000;
let staffSession: { state: Awaited<ReturnType<BrowserContext['storageState']>>; at: number } | undefined;

/** Platform staff, logged in through "Login" in a context of its own (or this worker's recent session). */
export async function staffPage(browser: Browser): Promise<Page> {
  if (staffSession && Date.now() - staffSession.at < STAFF_SESSION_REUSE_MS) {
    const page = await (await browser.newContext({ storageState: staffSession.state })).newPage();
    const me = await page.request.get('/api/auth/me');
    if (me.ok() && ((await me.json()) as { user: unknown }).user) {
      await page.goto('/en/account');
      return page;
    }
    await page.context().close();
  }
  const page = await (await browser.newContext()).newPage();
  await page.goto('/en/login');
  await logInWithCode(page, 'en', STAFF.account, STAFF.password, STAFF.totpSecret);
  await expect(page).toHaveURL(/\/en\/account$/);
  staffSession = { state: await page.context().storageState(), at: Date.now() };
  return page;
}

/** Staff approve the submitted application of `accountName` through the review API. */
async function approveApplication(staff: APIRequestContext, accountName: string) {
  const queue = await staff.get(`/api/admin/supplier-applications?${new URLSearchParams({ q: accountName })}`);
  expect(queue.ok(), `review queue → ${queue.status()}`).toBe(true);
  const { items } = (await queue.json()) as { items: { id: string; accountName: string }[] };
  const item = items.find((i) => i.accountName === accountName);
  if (!item) throw new Error(`no submitted application of ${accountName}`);
  const detail = await staff.get(`/api/admin/supplier-applications/${item.id}`);
  const { application } = (await detail.json()) as { application: { version: number } };
  await apiCall(staff, 'POST', `/api/admin/supplier-applications/${item.id}/approve`, {
    version: application.version,
  });
}

/**
 * A new user registered and logged in through the UI (guide 1), whose supplier authentication
 * (guide 2) is applied for, submitted and approved through the API: the page ends signed in as
 * an approved supplier.
 */
export async function approvedSupplier(page: Page, staff: Page, prefix: string): Promise<NewUser> {
  const user = newUser(prefix);
  await register(page, 'en', user);
  await logIn(page, 'en', user.accountName, user.password);
  await expect(page).toHaveURL(/\/en\/account$/);

  await prepareApplication(
    page.request,
    chineseCompany(`Brand House ${user.accountName}`),
    makePng(400, 300, [30, 120, 200]),
  );
  const current = await page.request.get('/api/supplier-application');
  const { application } = (await current.json()) as { application: { version: number } };
  await apiCall(page.request, 'POST', '/api/supplier-application/submit', { version: application.version });
  await approveApplication(staff.request, user.accountName);
  return user;
}
