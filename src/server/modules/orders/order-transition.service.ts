import type { Locale } from '../../../shared/locales.js';
import { SEA_INCOTERMS, type FieldChange, type OrderEventRequest } from '../../../shared/schemas/orders.js';
import {
  CLOSED_ORDER_STATES,
  ORDER_EVENT_ACTOR,
  orderMachine,
  type OrderEvent,
  type OrderParty,
  type OrderState,
} from '../../../shared/state-machines/order.js';
import { platformDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { ModuleContext } from '../../platform/module-context.js';
import { AppError, notFound, type ErrorDetail } from '../../platform/errors.js';
import { translate } from '../../platform/i18n/translate.js';
import { mailOrderParty } from './order-mail.js';
import { moveStatusCounts } from './order-status-counts.repo.js';
import {
  findOrder,
  insertOrderEvent,
  orderStateOf,
  updateOrderGuarded,
  type OrderInsert,
  type OrderRow,
  type OrderScope,
} from './order.repo.js';

/** Who fires an event: a party's account, or the system (the expiry job, the contract's signing). */
export interface OrderActor {
  party: OrderParty;
  userId: string | null;
}

/**
 * Another module's part of a transition (the contract generated at `accept`, …): called inside
 * the transition's transaction with the order as it is after the change, so that part commits
 * with the transition or the whole transition is rolled back.
 */
export type OrderTransitionListener = (tx: Db, event: OrderEvent, order: OrderRow, actor: OrderActor) => Promise<void>;

export type TransitionDeps = Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'> & {
  onTransition?: readonly OrderTransitionListener[];
};

/** 409 with nothing changed: the order is not (or no longer) in a state the event starts from. */
export const stateConflict = (status: string, event: string) =>
  new AppError('ORDER_STATE_CONFLICT', `An order that is ${status} cannot take "${event}"`, [
    { path: 'event', code: 'order_state_conflict', params: { status, event } },
  ]);

const REASON_REQUIRED: readonly OrderEvent[] = ['decline', 'buyer_decline', 'request_changes'];

/** The supplier's completed terms are an offer only when these are in place (and still valid). */
export function missingTerms(order: OrderRow, today: string): ErrorDetail[] {
  const missing: ErrorDetail[] = [];
  if (!order.paymentMethod) missing.push({ path: 'paymentMethod', code: 'terms_incomplete' });
  if (!order.paymentTerms) missing.push({ path: 'paymentTerms', code: 'terms_incomplete' });
  if (!order.offerValidUntil) missing.push({ path: 'offerValidUntil', code: 'terms_incomplete' });
  else if (order.offerValidUntil < today) missing.push({ path: 'offerValidUntil', code: 'offer_validity_past' });
  if (order.tradeType === 'export') {
    if (!order.incoterm) missing.push({ path: 'incoterm', code: 'terms_incomplete' });
    const sea = order.incoterm ? SEA_INCOTERMS.includes(order.incoterm) : false;
    const place = sea ? order.portOfLoading || order.portOfDestination || order.namedPlace : order.namedPlace;
    if (!place) missing.push({ path: sea ? 'portOfLoading' : 'namedPlace', code: 'terms_incomplete' });
  }
  return missing;
}

interface EventEffect {
  set: Partial<OrderInsert>;
  changes: FieldChange[];
}

const required = (path: string): AppError =>
  new AppError('VALIDATION_FAILED', `${path} is required`, [{ path, code: 'required' }]);

/** What the event records besides the state (shipment, dates, reason), after its own checks. */
function effectOf(order: OrderRow, request: OrderEventRequest, today: string, now: Date): EventEffect {
  const { event } = request;
  const reason = request.reason?.trim() || null;
  if (REASON_REQUIRED.includes(event) && !reason) throw required('reason');
  const set: Partial<OrderInsert> = {};
  const changes: FieldChange[] = [];
  const change = (field: keyof OrderRow & string, to: string | null) => {
    const from = order[field];
    changes.push({ field, from: from === null || from === undefined ? null : String(from), to });
  };
  if (reason) set.statusReason = reason;
  switch (event) {
    case 'confirm': {
      const missing = missingTerms(order, today);
      if (missing.length) throw new AppError('UNPROCESSABLE', 'Complete the terms before confirming', missing);
      set.confirmedAt = now;
      break;
    }
    case 'accept':
      if (order.offerValidUntil && order.offerValidUntil < today) {
        throw new AppError('UNPROCESSABLE', 'The offer has expired', [{ path: 'event', code: 'offer_expired' }]);
      }
      set.acceptedAt = now;
      break;
    case 'request_changes':
      set.confirmedAt = null;
      break;
    case 'ship':
      if (!request.carrier) throw required('carrier');
      if (!request.trackingNumber) throw required('trackingNumber');
      if (!request.shippedOn) throw required('shippedOn');
      set.carrier = request.carrier;
      set.trackingNumber = request.trackingNumber;
      set.shippedOn = request.shippedOn;
      change('carrier', request.carrier);
      change('trackingNumber', request.trackingNumber);
      change('shippedOn', request.shippedOn);
      break;
    case 'deliver':
      if (!request.deliveredOn) throw required('deliveredOn');
      set.deliveredOn = request.deliveredOn;
      change('deliveredOn', request.deliveredOn);
      break;
    default:
      break;
  }
  return { set, changes };
}

/** Mail lines about what the event recorded (carrier, tracking number, dates), in the mail's language. */
export function shipmentLines(l: Locale, order: OrderRow, event: OrderEvent): string[] {
  if (event === 'ship') {
    return [
      translate(l, 'mail.orderUpdate.carrier', { carrier: order.carrier ?? '' }),
      translate(l, 'mail.orderUpdate.tracking', { tracking: order.trackingNumber ?? '' }),
      translate(l, 'mail.orderUpdate.shippedOn', { date: order.shippedOn ?? '' }),
    ];
  }
  if (event === 'deliver') return [translate(l, 'mail.orderUpdate.deliveredOn', { date: order.deliveredOn ?? '' })];
  return [];
}

/**
 * The one way an order changes state (decision 0010): the actor must own the event, the order
 * must be in one of its source states with the version the caller saw (a guarded UPDATE), and
 * the timeline event and the mail to the other party commit with it — or nothing happens.
 */
export function createOrderTransitionService(deps: TransitionDeps) {
  const { db, clock } = deps;

  /** The guarded change, its timeline event, the listeners and the mails, inside `tx`. */
  async function applyInTx(
    tx: Db,
    actor: OrderActor,
    order: OrderRow,
    request: OrderEventRequest,
    now: Date,
  ): Promise<OrderRow> {
    const { id } = order;
    const { event } = request;
    const from = order.status as OrderState;
    const to = orderMachine.next(from, event);
    if (!to) throw stateConflict(from, event);
    const effect = effectOf(order, request, platformDay(now), now);
    const updated = await updateOrderGuarded(tx, id, request.version, orderMachine.sourcesOf(event), {
      ...effect.set,
      status: to,
      ...(CLOSED_ORDER_STATES.includes(to) ? { closedAt: now } : {}),
      updatedAt: now,
    });
    if (!updated) {
      const latest = await orderStateOf(tx, id);
      if (latest && orderMachine.can(latest.status as OrderState, event)) {
        throw new AppError('VERSION_CONFLICT', 'The order was changed in the meantime');
      }
      throw stateConflict(latest?.status ?? from, event);
    }
    // The tabs' counters move in the same transaction as the order (docs/performance.md).
    await moveStatusCounts(tx, updated, from, to);
    await insertOrderEvent(tx, {
      orderId: id,
      kind: event,
      fromStatus: from,
      toStatus: to,
      actorId: actor.userId,
      actorRole: actor.party,
      changes: effect.changes,
      note: request.reason?.trim() || null,
      createdAt: now,
    });
    for (const listener of deps.onTransition ?? []) await listener(tx, event, updated, actor);
    const recipients: ('buyer' | 'supplier')[] =
      actor.party === 'system' ? ['buyer', 'supplier'] : [actor.party === 'buyer' ? 'supplier' : 'buyer'];
    for (const recipient of recipients) {
      await mailOrderParty(tx, deps, updated, recipient, event, {
        reason: request.reason?.trim() || null,
        lines: (locale) => shipmentLines(locale, updated, event),
      });
    }
    return updated;
  }

  async function apply(
    actor: OrderActor,
    scope: OrderScope,
    id: string,
    request: OrderEventRequest,
  ): Promise<OrderRow> {
    const order = await findOrder(db, id, scope);
    if (!order) throw notFound('Order');
    const { event } = request;
    if (ORDER_EVENT_ACTOR[event] !== actor.party) {
      throw new AppError('FORBIDDEN', `The ${ORDER_EVENT_ACTOR[event]} fires "${event}"`, [
        { path: 'event', code: 'event_not_yours' },
      ]);
    }
    const from = order.status as OrderState;
    if (!orderMachine.next(from, event)) throw stateConflict(from, event);
    const now = clock.now();
    // The event's own checks (reason, shipment fields) answer before the transaction opens.
    effectOf(order, request, platformDay(now), now);
    return db.transaction((tx) => applyInTx(tx, actor, order, request, now));
  }

  /**
   * The system's event inside another module's transaction (start_production once both signed
   * copies of the contract are in): the order is read with `tx`, so it sees that transaction's
   * own changes, and a conflict rolls the caller's whole change back.
   */
  async function applySystemInTx(tx: Db, orderId: string, event: OrderEvent, at = clock.now()): Promise<OrderRow> {
    if (ORDER_EVENT_ACTOR[event] !== 'system') throw new Error(`"${event}" is not a system event`);
    const order = await findOrder(tx, orderId, { any: true });
    if (!order) throw notFound('Order');
    return applyInTx(tx, { party: 'system', userId: null }, order, { event, version: order.version }, at);
  }

  return { apply, applySystemInTx };
}
export type OrderTransitionService = ReturnType<typeof createOrderTransitionService>;
