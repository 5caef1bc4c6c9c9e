import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { suppliers } from './suppliers.tables.js';

/** The supplier id of an account; 403 SUPPLIER_NOT_APPROVED when it has not been approved. */
export async function supplierIdOf(db: Pick<Db, 'select'>, userId: string): Promise<string> {
  const [row] = await db.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.userId, userId));
  if (!row) throw new AppError('SUPPLIER_NOT_APPROVED', 'Supplier authentication has not been approved');
  return row.id;
}
