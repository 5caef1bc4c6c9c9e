import { eq, sql } from 'drizzle-orm';
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

export async function demoStaffExists(db: Pick<Db, 'select'>, accountName: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.accountName, accountName));
  return rows.length > 0;
}

export async function categoryIdsBySlug(db: Pick<Db, 'select'>): Promise<Map<string, string>> {
  const rows = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  return new Map(rows.map((r) => [r.slug, r.id]));
}
