/** The orders module's public surface: what the app and other modules may use. */
export { registerOrdersModule, type OrdersModuleDeps } from './orders.module.js';
/** For foreign keys and the read models of docs/decisions/0009-module-boundaries.md. */
export { orderEvents, orderLines, orderPayments, orders } from './orders.tables.js';
/** "Invoice & Contract" (contracts, invoices): the order and the caller's part in it. */
export { orderWithViewer, requireViewer, type OrderViewer } from './order-party.js';
export type { OrderRow } from './order.repo.js';
export { setOrderDocumentStatus } from './order-documents.repo.js';
/** The invoices module: the order locked while invoices are summed, its lines, its timeline and mail. */
export { insertOrderEvent, listLines, lockOrder } from './order.repo.js';
export { mailOrderParty } from './order-mail.js';
