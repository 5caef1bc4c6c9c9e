import type { DomesticInvoice, DomesticInvoiceRecord } from '../../../shared/schemas/documents.js';
import { compareDecimals, percentOf, subtractAmount, sumAmounts } from '../../../shared/money.js';
import { TRADING_ORDER_STATES, type OrderState } from '../../../shared/state-machines/order.js';
import { platformDay } from '../../../shared/working-days.js';
import type { RequestUser } from '../../platform/access.js';
import { AppError, type ErrorDetail } from '../../platform/errors.js';
import { translate } from '../../platform/i18n/translate.js';
import type { ModuleContext } from '../../platform/module-context.js';
import type { FilesService } from '../files/index.js';
import {
  insertOrderEvent,
  listLines,
  lockOrder,
  mailOrderParty,
  orderWithViewer,
  requireViewer,
  setOrderDocumentStatus,
  type OrderRow,
} from '../orders/index.js';
import { FILE_FORMAT_OF, toDomesticInvoice } from './invoice.mapper.js';
import { domesticInvoiceNumberTaken, domesticInvoiceTotals, insertDomesticInvoice } from './invoices.repo.js';

export type DomesticInvoiceDeps = Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'> & {
  files: Pick<FilesService, 'ownFile'>;
};

type Caller = Pick<RequestUser, 'id' | 'supplierId' | 'roles'>;

const unprocessable = (path: string, code: string, params?: ErrorDetail['params']) =>
  new AppError('UNPROCESSABLE', code, [{ path, code, ...(params ? { params } : {}) }]);

const mismatch = (message: string, detail: ErrorDetail) => new AppError('INVOICE_AMOUNT_MISMATCH', message, [detail]);

/** Whether the supplier may record an invoice on the order now (the section's button). */
export function mayRecordDomesticInvoice(order: Pick<OrderRow, 'tradeType' | 'invoiceRequired' | 'status'>): boolean {
  return (
    order.tradeType === 'domestic' && order.invoiceRequired && TRADING_ORDER_STATES.includes(order.status as OrderState)
  );
}

/** The order's own checks, before any file or amount is looked at (the reason comes first). */
function checkOrder(order: OrderRow): void {
  if (order.tradeType !== 'domestic') throw unprocessable('', 'invoice_not_domestic');
  if (!order.invoiceRequired) throw unprocessable('', 'invoice_not_requested');
  if (!TRADING_ORDER_STATES.includes(order.status as OrderState)) {
    throw new AppError('ORDER_STATE_CONFLICT', `An order that is ${order.status} takes no invoice`, [
      { path: '', code: 'order_state_conflict', params: { status: order.status, event: 'record_invoice' } },
    ]);
  }
}

/**
 * The invoice's own arithmetic: total = amount + tax exactly, and tax = amount × rate rounded
 * half-up to cents — within one cent per order line, since tax systems may round per line.
 */
function checkArithmetic(input: DomesticInvoiceRecord, currency: string, lineCount: number): void {
  const total = sumAmounts([input.amountExclTax, input.taxAmount], currency);
  if (compareDecimals(total, input.totalAmount) !== 0) {
    throw mismatch('The total is not the amount plus the tax', {
      path: 'totalAmount',
      code: 'invoice_total_not_sum',
      params: { expected: total },
    });
  }
  const expectedTax = percentOf(input.amountExclTax, input.taxRate, currency);
  const tolerance = sumAmounts(
    Array.from({ length: Math.max(1, lineCount) }, () => '0.01'),
    currency,
  );
  const difference = subtractAmount(input.taxAmount, expectedTax, currency).replace(/^-/, '');
  if (compareDecimals(difference, tolerance) > 0) {
    throw mismatch('The tax does not match the amount and the rate', {
      path: 'taxAmount',
      code: 'invoice_tax_mismatch',
      params: { expected: expectedTax, tolerance },
    });
  }
}

/** Full: exactly what is left; partial: more than nothing and less than what is left. */
function checkAgainstRemaining(input: DomesticInvoiceRecord, orderTotal: string, invoiced: string, currency: string) {
  const remaining = subtractAmount(orderTotal, invoiced, currency);
  const params = { expected: remaining, remaining, orderTotal, invoiced };
  if (compareDecimals(remaining, '0') <= 0) {
    throw mismatch('The order is fully invoiced', { path: 'totalAmount', code: 'invoice_fully_issued', params });
  }
  if (input.kind === 'full' && compareDecimals(input.totalAmount, remaining) !== 0) {
    throw mismatch('A full invoice covers what is left to invoice', {
      path: 'totalAmount',
      code: 'invoice_total_not_remaining',
      params,
    });
  }
  if (input.kind === 'partial' && compareDecimals(input.totalAmount, remaining) >= 0) {
    throw mismatch('A partial invoice is less than what is left to invoice', {
      path: 'totalAmount',
      code: 'invoice_partial_too_large',
      params,
    });
  }
  return subtractAmount(remaining, input.totalAmount, currency);
}

/**
 * Recording a domestic invoice (guide 5.3.1): the supplier issued it in its own tax system; here
 * it is checked against the order and what was invoiced before, with the order row locked so two
 * recordings at once cannot invoice more than the order total.
 */
export function createDomesticInvoiceService(deps: DomesticInvoiceDeps) {
  const { db, clock, files } = deps;

  async function record(user: Caller, orderId: string, input: DomesticInvoiceRecord): Promise<DomesticInvoice> {
    const { order, viewer } = await orderWithViewer(db, orderId, user);
    requireViewer(viewer, 'supplier');
    checkOrder(order);
    const now = clock.now();
    if (input.issuedOn > platformDay(now)) throw unprocessable('issuedOn', 'date_in_future');
    const requested = order.invoiceProfile?.invoiceType;
    if (requested && input.invoiceType !== requested) {
      throw unprocessable('invoiceType', 'invoice_type_mismatch', { requested });
    }
    const lines = await listLines(db, orderId);
    checkArithmetic(input, order.currency, lines.length);
    const file = await files.ownFile(user.id, input.fileId, 'domestic_invoice');
    const fileFormat = FILE_FORMAT_OF[file.contentType];
    if (!fileFormat) throw unprocessable('fileId', 'file_type_not_allowed');

    return db.transaction(async (tx) => {
      // The lock orders concurrent recordings: the second sums the first's invoice too.
      const locked = await lockOrder(tx, orderId);
      if (!locked) throw new AppError('NOT_FOUND', 'Order not found');
      checkOrder(locked);
      if (await domesticInvoiceNumberTaken(tx, orderId, input.invoiceNumber)) {
        throw new AppError('CONFLICT', 'This invoice number is already recorded on the order', [
          { path: 'invoiceNumber', code: 'invoice_number_taken' },
        ]);
      }
      const invoiced = sumAmounts(await domesticInvoiceTotals(tx, orderId), locked.currency);
      const left = checkAgainstRemaining(input, locked.totalAmount, invoiced, locked.currency);
      const row = await insertDomesticInvoice(tx, {
        orderId,
        invoiceNumber: input.invoiceNumber,
        invoiceCode: input.invoiceCode || null,
        issuedOn: input.issuedOn,
        invoiceType: input.invoiceType,
        amountExclTax: input.amountExclTax,
        taxRate: input.taxRate,
        taxAmount: input.taxAmount,
        totalAmount: input.totalAmount,
        kind: input.kind,
        fileId: file.id,
        fileFormat,
        fileSha256: file.sha256,
        recordedBy: user.id,
        createdAt: now,
      });
      const status = compareDecimals(left, '0') === 0 ? 'issued' : 'partially_issued';
      await setOrderDocumentStatus(tx, orderId, { invoiceStatus: status });
      await insertOrderEvent(tx, {
        orderId,
        kind: 'invoice_recorded',
        actorId: user.id,
        actorRole: 'supplier',
        changes: [
          { field: 'invoiceNumber', from: null, to: input.invoiceNumber },
          { field: 'invoiceTotal', from: null, to: input.totalAmount },
        ],
        note: null,
        createdAt: now,
      });
      await mailOrderParty(tx, deps, locked, 'buyer', 'invoice_recorded', {
        lines: (locale) => [
          translate(locale, 'mail.orderUpdate.invoiceNumber', { invoiceNumber: input.invoiceNumber }),
          translate(locale, 'mail.orderUpdate.invoiceTotal', { amount: `${locked.currency} ${input.totalAmount}` }),
        ],
      });
      return toDomesticInvoice({ ...row, fileName: file.originalName });
    });
  }

  return { record };
}
export type DomesticInvoiceService = ReturnType<typeof createDomesticInvoiceService>;
