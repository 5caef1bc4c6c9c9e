import { eq, sql } from 'drizzle-orm';
import type { ContractState } from '../../../shared/state-machines/contract.js';
import type { InvoiceStatus } from '../../../shared/schemas/documents.js';
import type { Db } from '../../db/client.js';
import { orders } from './orders.tables.js';

/**
 * The "Invoice & Contract" column of the order lists, kept on the order by the contracts and
 * invoices modules inside their own transactions (so a list page reads one table). It does not
 * bump the order's version: the order's own terms and state are unchanged.
 */
export async function setOrderDocumentStatus(
  tx: Pick<Db, 'update'>,
  orderId: string,
  status: { contractStatus?: ContractState; invoiceStatus?: InvoiceStatus },
): Promise<void> {
  await tx
    .update(orders)
    .set({ ...status, updatedAt: sql`now()` })
    .where(eq(orders.id, orderId));
}
