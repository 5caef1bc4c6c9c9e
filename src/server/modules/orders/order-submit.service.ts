import { createHash } from 'node:crypto';
import type { Locale } from '../../../shared/locales.js';
import { foldText } from '../../../shared/search-text.js';
import {
  idempotencyKeySchema,
  type OrderDetail,
  type OrderPreview,
  type OrderSubmit,
  type PartySnapshot,
} from '../../../shared/schemas/orders.js';
import { platformDay } from '../../../shared/working-days.js';
import { constraintName, isUniqueViolation } from '../../db/errors.js';
import type { ModuleContext } from '../../platform/module-context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { buyerAddressOf, buyerPartyOf, invoiceProfileOf } from '../buyers/index.js';
import { orderableProducts } from '../catalog/index.js';
import { supplierPartyOf } from '../suppliers/index.js';
import { listColumnsOf } from './order-list-columns.js';
import { mailOrderParty } from './order-mail.js';
import { moveStatusCounts } from './order-status-counts.repo.js';
import { priceLines, tradeTypesFor, type PricedOrder } from './order-pricing.js';
import {
  findOrderByIdempotencyKey,
  insertOrder,
  insertOrderEvent,
  insertOrderLines,
  takeOrderNumber,
} from './order.repo.js';

export type SubmitDeps = Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'>;

/** BR-YYYYMMDD-NNNN (past 9,999 a day the sequence grows a digit). */
export function orderNumber(day: string, sequence: number): string {
  return `BR-${day.replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}

/** The same request, however its keys were ordered: a stable hash of the validated body. */
export function requestHash(input: OrderSubmit): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value as Record<string, unknown>)
              .filter(([, v]) => v !== undefined)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
  return createHash('sha256')
    .update(JSON.stringify(canonical(input)))
    .digest('hex');
}

const names = (party: PartySnapshot) => [party.companyNameZh, party.companyNameEn];

/** Folded text the lists search: number, both parties' names, every line's names and model. */
function searchDocOf(number: string, buyer: PartySnapshot, supplier: PartySnapshot, priced: PricedOrder): string {
  const parts = [number, ...names(buyer), ...names(supplier)];
  for (const line of priced.lines) parts.push(...Object.values(line.snapshot.names), line.snapshot.modelNumber);
  return foldText(parts.filter(Boolean).join(' '));
}

/**
 * The buyer's side of placing an order (guide 5; decision 0010): prices for the order form and
 * the idempotent submission with frozen snapshots and the day's number.
 */
export function createSubmitService(deps: SubmitDeps, detailOf: (userId: string, id: string) => Promise<OrderDetail>) {
  const { db, clock } = deps;

  async function price(lines: OrderSubmit['lines']): Promise<PricedOrder> {
    const products = await orderableProducts(
      db,
      lines.map((l) => l.productId),
      platformDay(clock.now()),
    );
    return priceLines(lines, products);
  }

  /** The answer to a repeated key: the first order when the request is the same, else 422. */
  async function replay(userId: string, key: string, hash: string): Promise<OrderDetail | undefined> {
    const existing = await findOrderByIdempotencyKey(db, userId, key);
    if (!existing) return undefined;
    if (existing.requestHash !== hash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different order');
    }
    return detailOf(userId, existing.id);
  }

  return {
    async preview(userId: string, lines: OrderSubmit['lines'], locale: Locale): Promise<OrderPreview> {
      const priced = await price(lines);
      const buyer = await buyerPartyOf(db, userId);
      return {
        supplierId: priced.supplierId,
        supplierName: (locale === 'zh-CN' && priced.supplierNameZh) || priced.supplierNameEn,
        currency: priced.currency,
        lines: priced.lines,
        total: priced.total,
        tradeTypes: tradeTypesFor(buyer?.country, priced.supplierCountry),
      };
    },

    /** Submits an order; `created` is false when the key answered an earlier identical request. */
    async submit(
      userId: string,
      rawKey: string | undefined,
      input: OrderSubmit,
    ): Promise<{ order: OrderDetail; created: boolean }> {
      const key = idempotencyKeySchema.safeParse(rawKey);
      if (!key.success) {
        throw new AppError('VALIDATION_FAILED', 'An Idempotency-Key header is required', [
          { path: 'idempotency-key', code: rawKey ? 'idempotency_key_invalid' : 'required' },
        ]);
      }
      const hash = requestHash(input);
      const earlier = await replay(userId, key.data, hash);
      if (earlier) return { order: earlier, created: false };

      const buyerParty = await buyerPartyOf(db, userId);
      if (!buyerParty) throw new AppError('BUYER_INFORMATION_REQUIRED', 'Fill in "Buyer information" first');
      const priced = await price(input.lines);
      if (priced.supplierUserId === userId)
        throw new AppError('OWN_PRODUCT', 'A supplier cannot order its own products');
      if (!tradeTypesFor(buyerParty.country, priced.supplierCountry).includes(input.tradeType)) {
        throw new AppError('UNPROCESSABLE', 'Domestic trade needs the buyer and the supplier in one country', [
          { path: 'tradeType', code: 'trade_type_not_allowed' },
        ]);
      }
      const exporting = input.tradeType === 'export';
      if (exporting && !input.destinationCountry) {
        throw new AppError('VALIDATION_FAILED', 'An export order needs its destination', [
          { path: 'destinationCountry', code: 'required' },
        ]);
      }
      const invoiceRequired = !exporting && input.invoiceRequired;
      if (invoiceRequired && !input.invoiceProfileId) {
        throw new AppError('VALIDATION_FAILED', 'Choose an invoice profile', [
          { path: 'invoiceProfileId', code: 'required' },
        ]);
      }
      const address = await buyerAddressOf(db, userId, input.addressId);
      if (!address) throw notFound('Address');
      const invoiceProfile = invoiceRequired ? await invoiceProfileOf(db, userId, input.invoiceProfileId!) : null;
      if (invoiceRequired && !invoiceProfile) throw notFound('Invoice profile');
      const supplierParty = await supplierPartyOf(db, priced.supplierId);

      const now = clock.now();
      let id: string;
      try {
        id = await db.transaction(async (tx) => {
          const number = orderNumber(platformDay(now), await takeOrderNumber(tx, platformDay(now)));
          const orderId = await insertOrder(tx, {
            number,
            buyerUserId: userId,
            supplierId: priced.supplierId,
            status: 'waiting_for_perfection',
            tradeType: input.tradeType,
            currency: priced.currency,
            deliveryAddress: address,
            destinationCountry: exporting ? input.destinationCountry : null,
            destinationPort: exporting ? (input.destinationPort ?? null) : null,
            preferredIncoterm: exporting ? (input.preferredIncoterm ?? null) : null,
            invoiceRequired,
            invoiceProfile,
            // The lists' "Invoice & Contract" column (the invoices module moves it on from here).
            invoiceStatus: invoiceRequired ? 'requested' : 'not_requested',
            requestedDeliveryDate: input.requestedDeliveryDate ?? null,
            buyerNote: input.buyerNote || null,
            orderedTotal: priced.total,
            buyerParty,
            supplierParty,
            goodsTotal: priced.total,
            totalAmount: priced.total,
            searchDoc: searchDocOf(number, buyerParty, supplierParty, priced),
            ...listColumnsOf(buyerParty, supplierParty, priced.lines),
            idempotencyKey: key.data,
            requestHash: hash,
            createdAt: now,
            updatedAt: now,
          });
          await moveStatusCounts(
            tx,
            { supplierId: priced.supplierId, buyerUserId: userId },
            null,
            'waiting_for_perfection',
          );
          await insertOrderLines(
            tx,
            priced.lines.map((line, i) => ({
              orderId,
              position: i + 1,
              productId: line.productId,
              quantity: line.quantity,
              orderedUnitPrice: line.unitPrice,
              amount: line.amount,
              snapshot: line.snapshot,
            })),
          );
          await insertOrderEvent(tx, {
            orderId,
            kind: 'submitted',
            toStatus: 'waiting_for_perfection',
            actorId: userId,
            actorRole: 'buyer',
            createdAt: now,
          });
          await mailOrderParty(
            tx,
            deps,
            { id: orderId, number, buyerUserId: userId, supplierId: priced.supplierId, buyerParty, supplierParty },
            'supplier',
            'submitted',
          );
          return orderId;
        });
      } catch (error) {
        // A concurrent identical request won the key: answer its order (or 422 if it differed).
        if (isUniqueViolation(error) && constraintName(error) !== 'orders_number_key') {
          const winner = await replay(userId, key.data, hash);
          if (winner) return { order: winner, created: false };
        }
        throw error;
      }
      return { order: await detailOf(userId, id), created: true };
    },
  };
}
export type SubmitService = ReturnType<typeof createSubmitService>;
