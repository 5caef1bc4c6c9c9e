import type { LineSnapshot, PartySnapshot } from '../../../shared/schemas/orders.js';
import type { OrderInsert } from './order.repo.js';

/** What a list row shows, from the frozen snapshots (orders.tables.ts: the lists read `orders` alone). */
export function listColumnsOf(
  buyer: PartySnapshot,
  supplier: PartySnapshot,
  lines: readonly { snapshot: LineSnapshot }[],
): Pick<
  OrderInsert,
  | 'buyerNameZh'
  | 'buyerNameEn'
  | 'supplierNameZh'
  | 'supplierNameEn'
  | 'firstLineNames'
  | 'firstLinePictureFileId'
  | 'lineCount'
> {
  const first = lines[0]?.snapshot;
  return {
    buyerNameZh: buyer.companyNameZh,
    buyerNameEn: buyer.companyNameEn,
    supplierNameZh: supplier.companyNameZh,
    supplierNameEn: supplier.companyNameEn,
    firstLineNames: first?.names ?? null,
    firstLinePictureFileId: first?.pictureFileId ?? null,
    lineCount: lines.length,
  };
}
