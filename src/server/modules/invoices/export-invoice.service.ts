import { compareDecimals } from '../../../shared/money.js';
import type { ExportInvoice, ExportInvoiceFields } from '../../../shared/schemas/documents.js';
import { TRADING_ORDER_STATES, type OrderState } from '../../../shared/state-machines/order.js';
import { platformDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { RequestUser } from '../../platform/access.js';
import { AppError, type ErrorDetail } from '../../platform/errors.js';
import type { ModuleContext } from '../../platform/module-context.js';
import { contentSha256 } from '../../platform/pdf/index.js';
import {
  insertOrderEvent,
  listLines,
  mailOrderParty,
  orderWithViewer,
  requireViewer,
  setOrderDocumentStatus,
  type OrderRow,
} from '../orders/index.js';
import { toExportInvoice } from './invoice.mapper.js';
import { commercialInvoiceModel, defaultExportInvoiceFields, documentNumber } from './invoice-models.js';
import {
  findExportInvoice,
  insertExportInvoiceDraft,
  insertExportInvoiceVersion,
  listExportInvoiceVersions,
  markExportInvoiceVersionConfirmed,
  updateExportInvoiceGuarded,
  type ExportInvoiceRow,
} from './invoices.repo.js';

export type ExportInvoiceDeps = Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'>;
type Caller = Pick<RequestUser, 'id' | 'supplierId' | 'roles'>;
type Tx = Pick<Db, 'select' | 'insert' | 'update'>;

/**
 * The draft commercial invoice of an export order, written in the transaction in which the buyer
 * accepts the offer (accept → contract_signing): version 1 with the order's defaults. Does
 * nothing for a domestic order, or when the order already has one.
 */
export async function createExportInvoiceDraft(tx: Tx, order: OrderRow, now: Date): Promise<void> {
  if (order.tradeType !== 'export') return;
  const lines = await listLines(tx, order.id);
  const fields = defaultExportInvoiceFields(order, lines);
  const model = commercialInvoiceModel(order, lines, fields, platformDay(now));
  const created = await insertExportInvoiceDraft(tx, {
    orderId: order.id,
    number: documentNumber('CI', order.number),
    fields,
    model,
    contentSha256: contentSha256(model),
    now,
  });
  if (created) await setOrderDocumentStatus(tx, order.id, { invoiceStatus: 'draft' });
}

/**
 * The orders module's transition listener (orders' `onTransition`, wired in app.ts; called inside
 * the transition's transaction with the updated order): the buyer's acceptance of an export order
 * makes the draft commercial invoice. Its shape is the orders module's OrderTransitionListener
 * (tx, event, order, actor); the actor is not needed here.
 */
export function exportInvoiceOnOrderTransition(deps: Pick<ModuleContext, 'clock'>) {
  return async (tx: Tx, event: string, order: OrderRow): Promise<void> => {
    if (event !== 'accept') return;
    await createExportInvoiceDraft(tx, order, deps.clock.now());
  };
}

/** Whether the supplier may still correct the invoice: an export order that is under way. */
export const exportInvoiceEditable = (order: Pick<OrderRow, 'status'>): boolean =>
  TRADING_ORDER_STATES.includes(order.status as OrderState);

const rule = (path: string, code: string, params?: ErrorDetail['params']): ErrorDetail => ({
  path,
  code,
  ...(params ? { params } : {}),
});

/** What confirming needs: one packing entry per order line, real weights, gross ≥ net. */
export function confirmProblems(fields: ExportInvoiceFields, positions: readonly number[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const packed = fields.packing.map((p) => p.position);
  const expected = [...positions].sort((a, b) => a - b);
  if (
    packed.length !== expected.length ||
    [...packed].sort((a, b) => a - b).some((position, i) => position !== expected[i])
  ) {
    problems.push(rule('packing', 'packing_positions_mismatch', { expected: expected.join(', ') }));
  }
  fields.packing.forEach((p, i) => {
    if (compareDecimals(p.netWeightKg, '0') <= 0) problems.push(rule(`packing.${i}.netWeightKg`, 'weight_required'));
    if (compareDecimals(p.grossWeightKg, '0') <= 0)
      problems.push(rule(`packing.${i}.grossWeightKg`, 'weight_required'));
    else if (compareDecimals(p.grossWeightKg, p.netWeightKg) < 0) {
      problems.push(rule(`packing.${i}.grossWeightKg`, 'gross_below_net'));
    }
  });
  return problems;
}

/**
 * The supplier's corrections and confirmation (guide 5.3.2). Every save is a new version (old ones
 * kept); a save after a confirmation makes the invoice a draft again while the buyer keeps the
 * last confirmed version. Updates are guarded by the invoice's row version (409 when stale).
 */
export function createExportInvoiceService(deps: ExportInvoiceDeps) {
  const { db, clock } = deps;

  async function supplierInvoice(
    user: Caller,
    orderId: string,
  ): Promise<{ order: OrderRow; invoice: ExportInvoiceRow }> {
    const { order, viewer } = await orderWithViewer(db, orderId, user);
    requireViewer(viewer, 'supplier');
    if (order.tradeType !== 'export') {
      throw new AppError('UNPROCESSABLE', 'Only export orders have a commercial invoice', [
        rule('', 'invoice_not_export'),
      ]);
    }
    const invoice = await findExportInvoice(db, orderId);
    if (!invoice || !exportInvoiceEditable(order)) {
      throw new AppError('ORDER_STATE_CONFLICT', 'The commercial invoice cannot be changed in this state', [
        rule('', 'order_state_conflict', { status: order.status, event: 'export_invoice' }),
      ]);
    }
    return { order, invoice };
  }

  const stale = () => new AppError('VERSION_CONFLICT', 'The commercial invoice was changed in the meantime');

  async function view(orderId: string, canEdit: boolean): Promise<ExportInvoice> {
    const invoice = await findExportInvoice(db, orderId);
    return toExportInvoice(invoice!, await listExportInvoiceVersions(db, orderId), canEdit);
  }

  async function save(user: Caller, orderId: string, version: number, fields: ExportInvoiceFields) {
    const { order, invoice } = await supplierInvoice(user, orderId);
    if (invoice.version !== version) throw stale();
    const now = clock.now();
    const lines = await listLines(db, orderId);
    const model = commercialInvoiceModel(order, lines, fields, platformDay(now));
    await db.transaction(async (tx) => {
      const versionNo = invoice.currentVersionNo + 1;
      const updated = await updateExportInvoiceGuarded(tx, orderId, version, {
        status: 'draft',
        currentVersionNo: versionNo,
        updatedAt: now,
      });
      if (!updated) throw stale();
      await insertExportInvoiceVersion(tx, {
        orderId,
        versionNo,
        fields,
        model,
        contentSha256: contentSha256(model),
        createdBy: user.id,
        createdAt: now,
      });
      await setOrderDocumentStatus(tx, orderId, { invoiceStatus: 'draft' });
    });
    return view(orderId, true);
  }

  async function confirm(user: Caller, orderId: string, version: number) {
    const { order, invoice } = await supplierInvoice(user, orderId);
    if (invoice.version !== version) throw stale();
    if (invoice.status === 'confirmed') {
      throw new AppError('INVALID_TRANSITION', 'The commercial invoice is already confirmed', [
        rule('', 'export_invoice_already_confirmed'),
      ]);
    }
    const versions = await listExportInvoiceVersions(db, orderId);
    const current = versions.find((v) => v.versionNo === invoice.currentVersionNo)!;
    const fields = current.fields;
    const lines = await listLines(db, orderId);
    const problems = confirmProblems(
      fields,
      lines.map((l) => l.position),
    );
    if (problems.length) throw new AppError('UNPROCESSABLE', 'Complete the packing before confirming', problems);
    const now = clock.now();
    // The invoice is dated the day it is confirmed (document-models.ts): the version's model gets that date.
    const model = commercialInvoiceModel(order, lines, fields, platformDay(now));
    await db.transaction(async (tx) => {
      const updated = await updateExportInvoiceGuarded(
        tx,
        orderId,
        version,
        { status: 'confirmed', confirmedVersionNo: current.versionNo, updatedAt: now },
        'draft',
      );
      if (!updated) throw stale();
      await markExportInvoiceVersionConfirmed(tx, orderId, current.versionNo, model, contentSha256(model), now);
      await setOrderDocumentStatus(tx, orderId, { invoiceStatus: 'confirmed' });
      await insertOrderEvent(tx, {
        orderId,
        kind: 'export_invoice_confirmed',
        actorId: user.id,
        actorRole: 'supplier',
        changes: [{ field: 'commercialInvoice', from: null, to: `${invoice.number} v${current.versionNo}` }],
        note: null,
        createdAt: now,
      });
      await mailOrderParty(tx, deps, order, 'buyer', 'export_invoice_confirmed');
    });
    return view(orderId, true);
  }

  return { save, confirm };
}
export type ExportInvoiceService = ReturnType<typeof createExportInvoiceService>;
