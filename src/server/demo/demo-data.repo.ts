import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { users } from '../modules/accounts/index.js';
import { categories } from '../modules/catalog/index.js';

/** How many accounts exist (demo data goes only into an empty platform). */
export async function accountCount(db: Pick<Db, 'select'>): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(users);
  return existing?.n ?? 0;
}

/** Demo users are created like staff, then lose the role (they skip the emailed code). */
export async function clearRoles(db: Pick<Db, 'update'>, userId: string): Promise<void> {
  await db.update(users).set({ roles: [] }).where(eq(users.id, userId));
}

/** The stored password hashes of these accounts, by account name. */
export async function passwordHashesOf(db: Pick<Db, 'select'>, accountNames: string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ accountName: users.accountName, passwordHash: users.passwordHash })
    .from(users)
    .where(inArray(users.accountName, accountNames));
  return new Map(rows.map((r) => [r.accountName, r.passwordHash]));
}

export async function categoryIdsBySlug(db: Pick<Db, 'select'>): Promise<Map<string, string>> {
  const rows = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  return new Map(rows.map((r) => [r.slug, r.id]));
}
