import { foldText } from '../../src/shared/search-text.js';
import type { LineSnapshot, PartySnapshot } from '../../src/shared/schemas/orders.js';

/**
 * An order's `search_doc` as the orders module writes it at submission: the folded order number,
 * both parties' names and every line's names and model (the lists' "search by order number,
 * buyer or product").
 */
export function orderSearchDoc(order: { number: string; parties: PartySnapshot[]; lines: LineSnapshot[] }): string {
  const parts: (string | null)[] = [order.number];
  for (const party of order.parties) parts.push(party.companyNameZh, party.companyNameEn);
  for (const line of order.lines) parts.push(...Object.values(line.names), line.modelNumber);
  return foldText(parts.filter(Boolean).join(' '));
}
