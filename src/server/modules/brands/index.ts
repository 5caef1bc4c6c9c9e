/** The brands module's public surface: what the app and other modules may use. */
export { registerBrandsModule, type BrandsModuleDeps } from './brands.module.js';
export type { TakeProductsOffShelf } from './brand-expiry.job.js';
/** For foreign keys and the read models of docs/decisions/0009-module-boundaries.md. */
export { brands } from './brands.tables.js';
/** One brand of this supplier (undefined for another supplier's), for modules that file things under a brand. */
export { findSupplierBrand as brandOfSupplier } from './brand.repo.js';
