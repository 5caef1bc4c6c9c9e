import type { z } from 'zod';
import { compareDecimals, lineAmount, normalizeDecimal, subtractAmount, sumAmounts } from '../../../shared/money.js';
import type { FieldChange, OrderTerms, orderPaymentRequestSchema } from '../../../shared/schemas/orders.js';
import type { OrderState } from '../../../shared/state-machines/order.js';
import type { ModuleContext } from '../../platform/module-context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { translate } from '../../platform/i18n/translate.js';
import type { FilesService } from '../files/index.js';
import { mailOrderParty } from './order-mail.js';
import { fitsAmount } from './order-pricing.js';
import { stateConflict } from './order-transition.service.js';
import {
  findOrder,
  insertOrderEvent,
  insertPayment,
  listLines,
  lockOrder,
  orderStateOf,
  paymentAmounts,
  setLinePrice,
  updateOrderGuarded,
  type OrderInsert,
  type OrderRow,
} from './order.repo.js';

export type OrderPaymentRequest = z.infer<typeof orderPaymentRequestSchema>;

export type TermsDeps = Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'> & {
  files: Pick<FilesService, 'ownFile'>;
};

/** Payments are recorded once both agreed, until delivery (decision 0010). */
export const PAYMENT_STATES: readonly OrderState[] = ['contract_signing', 'in_production', 'shipped', 'delivered'];

const TERM_FIELDS = [
  'currency',
  'shippingCost',
  'discount',
  'goodsTotal',
  'totalAmount',
  'deliveryDate',
  'leadTimeDays',
  'incoterm',
  'namedPlace',
  'portOfLoading',
  'portOfDestination',
  'paymentMethod',
  'depositPercent',
  'paymentTerms',
  'packaging',
  'offerValidUntil',
  'supplierNote',
] as const satisfies readonly (keyof OrderRow)[];

const shown = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** The supplier acting: its account (actor of events, owner of files) and its supplier id (scope). */
export interface SupplierActor {
  userId: string;
  supplierId: string;
}

/**
 * The supplier completes the order (guide 5.1, "waiting for perfection"): final unit prices,
 * currency, costs and terms, saved as often as needed until "Confirm"; and, once the trade is
 * under way, records payments received.
 */
export function createOrderTermsService(deps: TermsDeps) {
  const { db, clock } = deps;

  async function own(supplierId: string, id: string): Promise<OrderRow> {
    const order = await findOrder(db, id, { supplierId });
    if (!order) throw notFound('Order');
    return order;
  }

  return {
    async saveTerms({ userId, supplierId }: SupplierActor, id: string, terms: OrderTerms): Promise<void> {
      const order = await own(supplierId, id);
      if (order.status !== 'waiting_for_perfection') throw stateConflict(order.status, 'save_terms');
      const lines = await listLines(db, id);
      const positions = new Set(terms.lines.map((l) => l.position));
      if (
        positions.size !== terms.lines.length ||
        positions.size !== lines.length ||
        lines.some((l) => !positions.has(l.position))
      ) {
        throw new AppError('VALIDATION_FAILED', 'Give one final unit price for every line', [
          { path: 'lines', code: 'lines_mismatch' },
        ]);
      }
      const { currency } = terms;
      const priceOf = new Map(terms.lines.map((l) => [l.position, normalizeDecimal(l.unitPrice, 4)]));
      const priced = lines.map((line) => {
        const unitPrice = priceOf.get(line.position)!;
        return { line, unitPrice, amount: lineAmount(line.quantity, unitPrice, currency) };
      });
      const tooLarge = new AppError('UNPROCESSABLE', 'The amounts are too large', [
        { path: 'lines', code: 'amount_too_large' },
      ]);
      if (!priced.every((p) => fitsAmount(p.amount))) throw tooLarge;
      const goodsTotal = sumAmounts(
        priced.map((p) => p.amount),
        currency,
      );
      if (!fitsAmount(goodsTotal)) throw tooLarge;
      const shippingCost = terms.shippingCost ? normalizeDecimal(terms.shippingCost, 2) : null;
      const discount = terms.discount ? normalizeDecimal(terms.discount, 2) : null;
      const withShipping = sumAmounts([goodsTotal, shippingCost ?? '0'], currency);
      if (!fitsAmount(withShipping)) throw tooLarge;
      const totalAmount = subtractAmount(withShipping, discount ?? '0', currency);
      if (compareDecimals(totalAmount, '0') < 0) {
        throw new AppError('UNPROCESSABLE', 'The discount is larger than the goods and shipping', [
          { path: 'discount', code: 'total_negative' },
        ]);
      }
      const now = clock.now();
      const next: Partial<OrderInsert> = {
        currency,
        shippingCost,
        discount,
        goodsTotal,
        totalAmount,
        deliveryDate: terms.deliveryDate ?? null,
        leadTimeDays: terms.leadTimeDays ?? null,
        incoterm: terms.incoterm ?? null,
        namedPlace: terms.namedPlace || null,
        portOfLoading: terms.portOfLoading || null,
        portOfDestination: terms.portOfDestination || null,
        paymentMethod: terms.paymentMethod,
        depositPercent: terms.depositPercent ?? null,
        paymentTerms: terms.paymentTerms,
        packaging: terms.packaging || null,
        offerValidUntil: terms.offerValidUntil,
        supplierNote: terms.supplierNote || null,
      };
      const changes: FieldChange[] = [];
      for (const p of priced) {
        const before = p.line.finalUnitPrice ?? p.line.orderedUnitPrice;
        if (normalizeDecimal(before, 4) !== p.unitPrice) {
          changes.push({ field: 'finalUnitPrice', line: p.line.position, from: before, to: p.unitPrice });
        }
      }
      for (const field of TERM_FIELDS) {
        const from = shown(order[field]);
        const to = shown(next[field]);
        if (from !== to) changes.push({ field, from, to });
      }

      await db.transaction(async (tx) => {
        const updated = await updateOrderGuarded(tx, id, terms.version, ['waiting_for_perfection'], {
          ...next,
          termsSavedAt: now,
          updatedAt: now,
        });
        if (!updated) {
          const latest = await orderStateOf(tx, id);
          if (latest?.status === 'waiting_for_perfection') {
            throw new AppError('VERSION_CONFLICT', 'The order was changed in the meantime');
          }
          throw stateConflict(latest?.status ?? order.status, 'save_terms');
        }
        for (const p of priced) await setLinePrice(tx, id, p.line.position, p.unitPrice, p.amount);
        await insertOrderEvent(tx, {
          orderId: id,
          kind: 'terms_saved',
          actorId: userId,
          actorRole: 'supplier',
          changes,
          createdAt: now,
        });
      });
    },

    async recordPayment({ userId, supplierId }: SupplierActor, id: string, input: OrderPaymentRequest): Promise<void> {
      const order = await own(supplierId, id);
      if (!PAYMENT_STATES.includes(order.status as OrderState)) throw stateConflict(order.status, 'record_payment');
      if (input.proofFileId) await deps.files.ownFile(userId, input.proofFileId, 'payment_proof');
      const amount = normalizeDecimal(input.amount, 2);
      const now = clock.now();
      await db.transaction(async (tx) => {
        // Locked: two payments recorded at once cannot both pass the total check.
        const locked = await lockOrder(tx, id);
        if (!locked || !PAYMENT_STATES.includes(locked.status as OrderState)) {
          throw stateConflict(locked?.status ?? order.status, 'record_payment');
        }
        // Compared with what is left to pay (never summed past the total, which money.ts could not read back).
        const paidBefore = sumAmounts(await paymentAmounts(tx, id), locked.currency);
        const open = subtractAmount(locked.totalAmount, paidBefore, locked.currency);
        if (compareDecimals(amount, open) > 0) {
          throw new AppError('UNPROCESSABLE', 'Payments would exceed the order total', [
            {
              path: 'amount',
              code: 'payments_exceed_total',
              params: { total: locked.totalAmount, paid: sumAmounts([paidBefore, amount], locked.currency), open },
            },
          ]);
        }
        await insertPayment(tx, {
          orderId: id,
          kind: input.kind,
          amount,
          currency: locked.currency,
          receivedOn: input.receivedOn,
          proofFileId: input.proofFileId ?? null,
          recordedBy: userId,
          createdAt: now,
        });
        await insertOrderEvent(tx, {
          orderId: id,
          kind: 'payment_recorded',
          actorId: userId,
          actorRole: 'supplier',
          changes: [
            { field: 'paymentKind', from: null, to: input.kind },
            { field: 'amount', from: null, to: `${amount} ${locked.currency}` },
            { field: 'receivedOn', from: null, to: input.receivedOn },
          ],
          createdAt: now,
        });
        await mailOrderParty(tx, deps, locked, 'buyer', 'payment_recorded', {
          lines: (locale) => [translate(locale, 'mail.orderUpdate.amount', { amount: `${amount} ${locked.currency}` })],
        });
      });
    },
  };
}
export type OrderTermsService = ReturnType<typeof createOrderTermsService>;
