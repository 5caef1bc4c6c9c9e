import { defineMachine } from './machine.js';

/**
 * The purchase contract of an order (guide 5.2; docs/decisions/0011-contracts-and-invoices.md).
 * It runs beside the order while the order is `contract_signing`:
 *
 *   drafting ──confirm──▶ confirmed ──accept──▶ agreed ──both signed copies in──▶ signed
 *      ▲   (supplier)        │       (buyer)            (system: the order starts production)
 *      └──request_changes────┘ (buyer, with a comment)
 *
 * - drafting: generated from the order when the buyer accepts the offer (version 1); the supplier
 *   "furnishes" the open clauses, each save a new version (old ones kept).
 * - confirmed: the supplier confirmed the latest version; the buyer reads it and accepts it or asks
 *   for changes. The supplier may already upload its signed copy of the confirmed version.
 * - agreed: both parties upload signed and sealed scans of the confirmed version. A copy of an
 *   older version is refused (and one uploaded before a change request is shown as outdated).
 * - signed: both signed copies of the confirmed version are in; the order moves to production in
 *   the same transaction.
 */
export const CONTRACT_STATES = ['drafting', 'confirmed', 'agreed', 'signed'] as const;
export type ContractState = (typeof CONTRACT_STATES)[number];

export const CONTRACT_EVENTS = ['confirm', 'accept', 'request_changes', 'complete_signing'] as const;
export type ContractEvent = (typeof CONTRACT_EVENTS)[number];

export const contractMachine = defineMachine<ContractState, ContractEvent>(CONTRACT_STATES, {
  confirm: { from: ['drafting'], to: 'confirmed' },
  accept: { from: ['confirmed'], to: 'agreed' },
  request_changes: { from: ['confirmed'], to: 'drafting' },
  complete_signing: { from: ['agreed'], to: 'signed' },
});

export type ContractParty = 'buyer' | 'supplier' | 'system';

export const CONTRACT_EVENT_ACTOR: Record<ContractEvent, ContractParty> = {
  confirm: 'supplier',
  accept: 'buyer',
  request_changes: 'buyer',
  complete_signing: 'system',
};

/** The parties' own moves from a state (the buttons the UI offers). */
export function contractEventsFor(state: ContractState, party: ContractParty): ContractEvent[] {
  return contractMachine.events(state).filter((event) => CONTRACT_EVENT_ACTOR[event] === party);
}

/** Only the supplier edits, and only while drafting. */
export const contractEditable = (state: ContractState): boolean => state === 'drafting';

/** Who may upload a signed copy in which state (of the confirmed version only). */
export function mayUploadSignedCopy(state: ContractState, party: 'buyer' | 'supplier'): boolean {
  if (party === 'supplier') return state === 'confirmed' || state === 'agreed';
  return state === 'agreed';
}

/**
 * The export commercial invoice (guide 5.3.2): generated as a draft; the supplier corrects the
 * fields the order does not fix and confirms; a later correction makes a new draft version while
 * the buyer keeps seeing the last confirmed one.
 */
export const EXPORT_INVOICE_STATES = ['draft', 'confirmed'] as const;
export type ExportInvoiceState = (typeof EXPORT_INVOICE_STATES)[number];

/**
 * The list's "Invoice & Contract" column, kept on the order (orders.invoice_status) so the list
 * reads one table: domestic not_requested → requested → partially_issued → issued; export
 * draft → confirmed.
 */
export const INVOICE_STATUSES = [
  'not_requested',
  'requested',
  'partially_issued',
  'issued',
  'draft',
  'confirmed',
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
