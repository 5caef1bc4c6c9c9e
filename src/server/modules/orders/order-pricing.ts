import { lineAmount, sumAmounts } from '../../../shared/money.js';
import type { LineSnapshot, OrderPreview } from '../../../shared/schemas/orders.js';
import { AppError, type ErrorDetail } from '../../platform/errors.js';
import type { OrderableProduct } from '../catalog/index.js';

/**
 * Prices an order form's lines (decision 0010): every product on the shelf, of one supplier and
 * one currency, each quantity at least the MOQ; the unit price is the highest tier whose minimum
 * quantity is at most the quantity, else the product's minimum price; amounts exact, half-up.
 */

export interface PricedLine {
  productId: string;
  quantity: number;
  unitPrice: string;
  amount: string;
  snapshot: LineSnapshot;
}

export interface PricedOrder {
  supplierId: string;
  supplierUserId: string;
  supplierCountry: string;
  supplierNameEn: string;
  supplierNameZh: string | null;
  currency: string;
  lines: PricedLine[];
  total: string;
}

/**
 * Amounts an order can hold: the money columns are numeric(18,2), and money.ts reads back at most
 * 15 integer digits, so sums of stored amounts never fail later.
 */
export const fitsAmount = (amount: string) => /^-?\d{1,15}(\.\d+)?$/.test(amount);

/** The tier that applies to `quantity` (tiers in any order), else `minPrice`. */
export function unitPriceFor(
  tiers: readonly { minQuantity: number; unitPrice: string }[],
  minPrice: string,
  quantity: number,
): string {
  let best: { minQuantity: number; unitPrice: string } | undefined;
  for (const tier of tiers) {
    if (tier.minQuantity <= quantity && (!best || tier.minQuantity > best.minQuantity)) best = tier;
  }
  return best?.unitPrice ?? minPrice;
}

export function lineSnapshotOf(product: OrderableProduct): LineSnapshot {
  return {
    names: product.names,
    modelNumber: product.modelNumber,
    unit: product.unit,
    pictureFileId: product.pictureFileId,
    hsCode: product.hsCode,
    origin: product.origin,
    brandName: product.brandNameEn ?? product.brandNameZh,
    moq: product.moq,
    priceTiers: product.tiers.map((t) => ({ minQuantity: t.minQuantity, unitPrice: t.unitPrice })),
  };
}

/** Prices the lines or refuses them (422 UNPROCESSABLE, one detail per problem, with the MOQ in params). */
export function priceLines(
  requested: readonly { productId: string; quantity: number }[],
  products: readonly OrderableProduct[],
): PricedOrder {
  const byId = new Map(products.map((p) => [p.id, p]));
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  const first = byId.get(requested[0]?.productId ?? '');
  requested.forEach((line, i) => {
    const product = byId.get(line.productId);
    if (seen.has(line.productId)) problems.push({ path: `lines.${i}.productId`, code: 'duplicate_product' });
    seen.add(line.productId);
    if (!product || !product.orderable) {
      problems.push({ path: `lines.${i}.productId`, code: 'product_unavailable' });
      return;
    }
    if (first && product.supplierId !== first.supplierId) {
      problems.push({ path: `lines.${i}.productId`, code: 'mixed_suppliers' });
    } else if (first && product.currency !== first.currency) {
      problems.push({ path: `lines.${i}.productId`, code: 'mixed_currencies' });
    }
    if (line.quantity < product.moq) {
      problems.push({
        path: `lines.${i}.quantity`,
        code: 'below_moq',
        params: { moq: product.moq, unit: product.unit },
      });
    }
  });
  if (problems.length || !first) {
    throw new AppError('UNPROCESSABLE', 'These lines cannot be ordered', problems);
  }
  const lines = requested.map((line) => {
    const product = byId.get(line.productId)!;
    const unitPrice = unitPriceFor(product.tiers, product.minPrice, line.quantity);
    return {
      productId: product.id,
      quantity: line.quantity,
      unitPrice,
      amount: lineAmount(line.quantity, unitPrice, product.currency),
      snapshot: lineSnapshotOf(product),
    };
  });
  const tooLarge = new AppError('UNPROCESSABLE', 'The amounts are too large', [
    { path: 'lines', code: 'amount_too_large' },
  ]);
  if (!lines.every((l) => fitsAmount(l.amount))) throw tooLarge;
  const total = sumAmounts(
    lines.map((l) => l.amount),
    first.currency,
  );
  if (!fitsAmount(total)) throw tooLarge;
  return {
    supplierId: first.supplierId,
    supplierUserId: first.supplierUserId,
    supplierCountry: first.supplierCountry,
    supplierNameEn: first.supplierNameEn,
    supplierNameZh: first.supplierNameZh,
    currency: first.currency,
    lines,
    total,
  };
}

/** Domestic only when the buyer (when known) is in the supplier's country; export always. */
export function tradeTypesFor(buyerCountry: string | undefined, supplierCountry: string): OrderPreview['tradeTypes'] {
  return buyerCountry === supplierCountry ? ['domestic', 'export'] : ['export'];
}
