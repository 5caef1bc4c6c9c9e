/** The orders module's public surface: what the app and other modules may use. */
export { registerOrdersModule, type OrdersModuleDeps } from './orders.module.js';
/** For foreign keys and the read models of docs/decisions/0009-module-boundaries.md. */
export { orderEvents, orderLines, orderPayments, orders } from './orders.tables.js';
/** "Invoice & Contract" (contracts, invoices): the order and the caller's part in it. */
export { orderWithViewer, requireViewer, viewerOf, type OrderViewer } from './order-party.js';
export type { OrderRow } from './order.repo.js';
export { setOrderDocumentStatus } from './order-documents.repo.js';
/** Other modules' parts of an order's transitions, and the system's events they fire (start_production). */
export {
  createOrderTransitionService,
  type OrderActor,
  type OrderTransitionListener,
  type OrderTransitionService,
  type TransitionDeps,
} from './order-transition.service.js';
/** The order's timeline and its mails, for the documents' own events (contract saved, confirmed…). */
export { insertOrderEvent } from './order.repo.js';
export { mailOrderParty, type OrderMailKind } from './order-mail.js';
/** The invoices module: the order locked while invoices are summed, and its lines. */
export { listLines, lockOrder } from './order.repo.js';
