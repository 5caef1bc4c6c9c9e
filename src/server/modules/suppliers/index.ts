/** The suppliers module's public surface: what the app and other modules may use. */
export { registerSuppliersModule, type SuppliersModuleDeps } from './suppliers.module.js';
/** For the accounts module: the personal center's "Supplier Authentication" status. */
export { supplierStatusOf } from './application.repo.js';
/** For modules that act for a supplier: its id (403 when not approved) and a lock on its row inside a transaction. */
export { lockSupplier, supplierIdOf } from './supplier.repo.js';
/** For the orders module: the supplier party frozen into an order, and the account its mails go to. */
export { supplierAccountIdOf, supplierPartyOf } from './supplier-party.repo.js';
/** For foreign keys and the read models of docs/decisions/0009-module-boundaries.md. */
export { suppliers } from './suppliers.tables.js';
