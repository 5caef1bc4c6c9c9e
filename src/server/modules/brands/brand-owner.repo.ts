import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users, type UserRow } from '../accounts/index.js';
import { suppliers } from '../suppliers/index.js';
import { brands } from './brands.tables.js';

/*
 * Who a brand's mails go to: the account behind the brand's supplier. A read model that joins
 * the suppliers' and accounts' tables (docs/decisions/0009-module-boundaries.md).
 */
type Reader = Pick<Db, 'select'>;

/** The supplier's English name and the account that owns it (who a brand decision is mailed to). */
export async function findSupplierOwner(
  db: Reader,
  supplierId: string,
): Promise<{ user: UserRow; supplierName: string } | undefined> {
  const [row] = await db
    .select({ user: users, supplierName: suppliers.nameEn })
    .from(suppliers)
    .innerJoin(users, eq(users.id, suppliers.userId))
    .where(eq(suppliers.id, supplierId));
  return row;
}

/** Approved brands that expire some day, each with its owner's address, name and language (the daily job). */
export function listExpiringBrandsWithOwners(db: Reader) {
  return db
    .select({ brand: brands, email: users.email, accountName: users.accountName, locale: users.locale })
    .from(brands)
    .innerJoin(suppliers, eq(suppliers.id, brands.supplierId))
    .innerJoin(users, eq(users.id, suppliers.userId))
    .where(and(eq(brands.status, 'approved'), isNotNull(brands.validUntil)));
}
