import { defineMachine } from './machine.js';

/**
 * An order's life (guide 5; docs/decisions/0010-orders.md):
 *
 *   waiting_for_perfection ──confirm──▶ awaiting_acceptance ──accept──▶ contract_signing
 *     │  ▲                                 │      │      │                 │ start_production
 *     │  └──────────request_changes────────┘      │      │                 ▼
 *     ├─decline──▶ declined ◀──buyer_decline──────┘      │           in_production ──ship──▶ shipped
 *     └─cancel───▶ cancelled                expire──────▶ expired                           │ deliver
 *                                                                                           ▼
 *                                                  completed ◀──confirm_receipt── delivered (or shipped)
 *
 * "Waiting for perfection" (待完善) is the buyer's submitted order that the supplier completes
 * (final prices and terms) and confirms; nothing after it is reachable before that confirmation.
 * The buyer then accepts the completed terms (the offer), declines them, or asks for changes.
 * An offer not accepted within its validity expires (daily job). Production starts by itself once
 * both parties' signed copies of the contract are in (decision 0011); shipping and delivery are
 * recorded by the supplier; the buyer's confirmation of receipt completes it.
 */
export const ORDER_STATES = [
  'waiting_for_perfection',
  'awaiting_acceptance',
  'contract_signing',
  'in_production',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'declined',
  'expired',
] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const ORDER_EVENTS = [
  'confirm',
  'decline',
  'cancel',
  'accept',
  'buyer_decline',
  'request_changes',
  'expire',
  'start_production',
  'ship',
  'deliver',
  'confirm_receipt',
] as const;
export type OrderEvent = (typeof ORDER_EVENTS)[number];

export const orderMachine = defineMachine<OrderState, OrderEvent>(ORDER_STATES, {
  confirm: { from: ['waiting_for_perfection'], to: 'awaiting_acceptance' },
  decline: { from: ['waiting_for_perfection'], to: 'declined' },
  cancel: { from: ['waiting_for_perfection'], to: 'cancelled' },
  accept: { from: ['awaiting_acceptance'], to: 'contract_signing' },
  buyer_decline: { from: ['awaiting_acceptance'], to: 'declined' },
  request_changes: { from: ['awaiting_acceptance'], to: 'waiting_for_perfection' },
  expire: { from: ['awaiting_acceptance'], to: 'expired' },
  start_production: { from: ['contract_signing'], to: 'in_production' },
  ship: { from: ['in_production'], to: 'shipped' },
  deliver: { from: ['shipped'], to: 'delivered' },
  confirm_receipt: { from: ['shipped', 'delivered'], to: 'completed' },
});

export type OrderParty = 'buyer' | 'supplier' | 'system';

/** Who may fire each event: the server refuses an event from anyone else (404/403 before 409). */
export const ORDER_EVENT_ACTOR: Record<OrderEvent, OrderParty> = {
  confirm: 'supplier',
  decline: 'supplier',
  cancel: 'buyer',
  accept: 'buyer',
  buyer_decline: 'buyer',
  request_changes: 'buyer',
  expire: 'system',
  // Fired by the platform when both signed copies of the contract are in (decision 0011).
  start_production: 'system',
  ship: 'supplier',
  deliver: 'supplier',
  confirm_receipt: 'buyer',
};

/** States in which nothing more happens. */
export const CLOSED_ORDER_STATES: readonly OrderState[] = ['completed', 'cancelled', 'declined', 'expired'];

/** After the supplier's confirmation and the buyer's acceptance: the trade is under way. */
export const TRADING_ORDER_STATES: readonly OrderState[] = [
  'contract_signing',
  'in_production',
  'shipped',
  'delivered',
  'completed',
];

/** The events a party may fire from a state (the buttons the UI offers). */
export function orderEventsFor(state: OrderState, party: OrderParty): OrderEvent[] {
  return orderMachine.events(state).filter((event) => ORDER_EVENT_ACTOR[event] === party);
}
