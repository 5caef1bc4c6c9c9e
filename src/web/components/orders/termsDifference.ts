import { compareDecimals } from '../../../shared/money.js';
import type { OrderDetail } from '../../../shared/schemas/orders.js';

/**
 * What the supplier's completed terms changed against what the buyer ordered (guide 5.1:
 * "complete the order information … and product prices"). Compared exactly (decimal strings,
 * never floats); nothing differs before the supplier has saved terms.
 */

type Line = OrderDetail['lines'][number];

export interface UnitPriceDifference {
  ordered: string;
  final: string;
  /** The final price is higher (true) or lower (false) than the ordered one. */
  higher: boolean;
}

/** The line's unit price change, or null when the supplier kept it (or has not set one yet). */
export function unitPriceDifference(
  line: Pick<Line, 'orderedUnitPrice' | 'finalUnitPrice'>,
  sameCurrency = true,
): UnitPriceDifference | null {
  const { orderedUnitPrice: ordered, finalUnitPrice: final } = line;
  if (final === null) return null;
  // In another currency every price is a change (and neither higher nor lower).
  if (!sameCurrency) return { ordered, final, higher: false };
  const order = compareDecimals(final, ordered);
  return order === 0 ? null : { ordered, final, higher: order > 0 };
}

export type RequestField = 'total' | 'incoterm' | 'deliveryDate' | 'portOfDestination';

export interface RequestDifference {
  field: RequestField;
  ordered: string;
  final: string;
}

/**
 * The buyer's requested values that the completed terms answer differently: the total, the
 * preferred Incoterm, the requested delivery date and the destination port.
 */
export function requestDifferences(order: Pick<OrderDetail, 'request' | 'terms' | 'currency'>): RequestDifference[] {
  const { request, terms } = order;
  if (!terms.savedAt) return [];
  const differences: RequestDifference[] = [];
  const otherCurrency = request.orderedCurrency !== order.currency;
  if (otherCurrency || compareDecimals(request.orderedTotal, terms.totalAmount) !== 0) {
    differences.push({ field: 'total', ordered: request.orderedTotal, final: terms.totalAmount });
  }
  const pairs: [RequestField, string | null, string | null][] = [
    ['incoterm', request.preferredIncoterm, terms.incoterm],
    ['deliveryDate', request.requestedDeliveryDate, terms.deliveryDate],
    ['portOfDestination', request.destinationPort, terms.portOfDestination],
  ];
  for (const [field, ordered, final] of pairs) {
    // Both given and not equal: an empty request is no request, an empty answer no change.
    if (ordered && final && ordered.trim() !== final.trim()) differences.push({ field, ordered, final });
  }
  return differences;
}

/** Does anything in the completed terms differ from the order as placed? */
export function termsDiffer(order: Pick<OrderDetail, 'request' | 'terms' | 'lines' | 'currency'>): boolean {
  const sameCurrency = order.request.orderedCurrency === order.currency;
  return (
    order.lines.some((line) => unitPriceDifference(line, sameCurrency) !== null) || requestDifferences(order).length > 0
  );
}
