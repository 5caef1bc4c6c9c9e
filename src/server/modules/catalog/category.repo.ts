import { asc, eq, sql } from 'drizzle-orm';
import type { Locale } from '../../../shared/locales.js';
import type { CategoryNode } from '../../../shared/schemas/products.js';
import type { Db } from '../../db/client.js';
import { categoryName } from './catalog-display.js';
import { CATEGORY_SEED } from './category-seed.js';
import { categories } from './catalog.tables.js';

/** Inserts missing categories and refreshes names; idempotent, safe on every start. */
export async function seedCategories(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    let sort = 0;
    for (const [slug, zh, en, ru, es, children = []] of CATEGORY_SEED) {
      const [parent] = await tx
        .insert(categories)
        .values({ slug, sort: sort++, names: { 'zh-CN': zh, en, ru, es } })
        .onConflictDoUpdate({
          target: categories.slug,
          set: { names: { 'zh-CN': zh, en, ru, es }, sort: sql`excluded.sort` },
        })
        .returning({ id: categories.id });
      let childSort = 0;
      for (const [childSlug, czh, cen, cru, ces] of children) {
        await tx
          .insert(categories)
          .values({
            slug: childSlug,
            parentId: parent!.id,
            sort: childSort++,
            names: { 'zh-CN': czh, en: cen, ru: cru, es: ces },
          })
          .onConflictDoUpdate({
            target: categories.slug,
            set: { names: { 'zh-CN': czh, en: cen, ru: cru, es: ces }, parentId: parent!.id, sort: sql`excluded.sort` },
          });
      }
    }
  });
}

export async function categoryTree(db: Db, locale: Locale): Promise<CategoryNode[]> {
  const rows = await db.select().from(categories).orderBy(asc(categories.sort));
  const node = (r: (typeof rows)[number]): CategoryNode => ({
    id: r.id,
    slug: r.slug,
    name: categoryName(r.names, locale),
    children: rows.filter((c) => c.parentId === r.id).map(node),
  });
  return rows.filter((r) => !r.parentId).map(node);
}

/** A category and its descendants (filtering by a top-level category includes its children). */
export async function categoryWithChildren(db: Pick<Db, 'select'>, id: string): Promise<string[]> {
  const rows = await db.select({ id: categories.id }).from(categories).where(eq(categories.parentId, id));
  return [id, ...rows.map((r) => r.id)];
}

export async function categoryExists(db: Pick<Db, 'select'>, id: string): Promise<boolean> {
  const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, id));
  return Boolean(category);
}

/** Ids for the sitemap. */
export function listCategoryIds(db: Pick<Db, 'select'>): Promise<{ id: string }[]> {
  return db.select({ id: categories.id }).from(categories);
}
