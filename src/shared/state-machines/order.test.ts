import { describe, expect, it } from 'vitest';
import {
  CLOSED_ORDER_STATES,
  ORDER_EVENT_ACTOR,
  ORDER_EVENTS,
  ORDER_STATES,
  orderEventsFor,
  orderMachine,
  type OrderEvent,
  type OrderState,
} from './order.js';

/** The whole table, written out: every (state, event) pair not listed here must be refused. */
const ALLOWED: Record<string, OrderState> = {
  'waiting_for_perfection/confirm': 'awaiting_acceptance',
  'waiting_for_perfection/decline': 'declined',
  'waiting_for_perfection/cancel': 'cancelled',
  'awaiting_acceptance/accept': 'contract_signing',
  'awaiting_acceptance/buyer_decline': 'declined',
  'awaiting_acceptance/request_changes': 'waiting_for_perfection',
  'awaiting_acceptance/expire': 'expired',
  'contract_signing/start_production': 'in_production',
  'in_production/ship': 'shipped',
  'shipped/deliver': 'delivered',
  'shipped/confirm_receipt': 'completed',
  'delivered/confirm_receipt': 'completed',
};

describe('order state machine', () => {
  it.each(ORDER_STATES.flatMap((s) => ORDER_EVENTS.map((e) => [s, e] as [OrderState, OrderEvent])))(
    '%s + %s',
    (state, event) => {
      const expected = ALLOWED[`${state}/${event}`];
      expect(orderMachine.next(state, event)).toBe(expected);
      expect(orderMachine.can(state, event)).toBe(expected !== undefined);
      expect(orderMachine.sourcesOf(event).includes(state)).toBe(expected !== undefined);
    },
  );

  it('closed states have no way out', () => {
    for (const state of CLOSED_ORDER_STATES) expect(orderMachine.events(state)).toEqual([]);
  });

  it('nothing after the supplier confirmation is reachable from waiting for perfection in one step', () => {
    const reachable = orderMachine
      .events('waiting_for_perfection')
      .map((e) => orderMachine.next('waiting_for_perfection', e));
    expect(reachable.sort()).toEqual(['awaiting_acceptance', 'cancelled', 'declined']);
  });

  it('offers each party only its own events', () => {
    expect(orderEventsFor('waiting_for_perfection', 'supplier').sort()).toEqual(['confirm', 'decline']);
    expect(orderEventsFor('waiting_for_perfection', 'buyer')).toEqual(['cancel']);
    expect(orderEventsFor('awaiting_acceptance', 'buyer').sort()).toEqual([
      'accept',
      'buyer_decline',
      'request_changes',
    ]);
    expect(orderEventsFor('awaiting_acceptance', 'supplier')).toEqual([]);
    expect(orderEventsFor('shipped', 'buyer')).toEqual(['confirm_receipt']);
    for (const event of ORDER_EVENTS) expect(['buyer', 'supplier', 'system']).toContain(ORDER_EVENT_ACTOR[event]);
    // Production starts when both signed copies of the contract are in (decision 0011): nobody's button.
    expect(ORDER_EVENT_ACTOR.start_production).toBe('system');
    expect(orderEventsFor('contract_signing', 'supplier')).toEqual([]);
    expect(orderEventsFor('contract_signing', 'buyer')).toEqual([]);
    expect(orderEventsFor('contract_signing', 'system')).toEqual(['start_production']);
  });
});
