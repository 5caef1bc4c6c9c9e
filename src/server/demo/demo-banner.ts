import type { Db } from '../db/client.js';
import { passwordHashesOf } from './demo-data.repo.js';
import { verifyPassword } from '../modules/accounts/passwords.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

export interface PublishedDemoAccount {
  role: keyof typeof DEMO_ACCOUNTS;
  accountName: string;
  password: string;
}

/**
 * The demo accounts that still have their published password, for the start-up banner. One whose
 * password was changed (someone made the account theirs) is left out: printing its old password
 * would be wrong, and printing any password of a real account is out of the question.
 */
export async function publishedDemoAccounts(db: Db): Promise<PublishedDemoAccount[]> {
  const names = Object.values(DEMO_ACCOUNTS).map((a) => a.accountName);
  const hashes = await passwordHashesOf(db, names);
  const published: PublishedDemoAccount[] = [];
  for (const [role, account] of Object.entries(DEMO_ACCOUNTS) as [
    keyof typeof DEMO_ACCOUNTS,
    (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS],
  ][]) {
    const hash = hashes.get(account.accountName);
    if (hash && (await verifyPassword(hash, account.password))) {
      published.push({ role, accountName: account.accountName, password: account.password });
    }
  }
  return published;
}
