/** The catalog module's public surface: what the app and other modules may use. */
export { registerCatalogModule, type CatalogModuleDeps } from './catalog.module.js';
export type { CatalogCache } from './catalog-cache.js';
/** Start-up seeds the category tree (idempotent). */
export { seedCategories } from './category.repo.js';
/** For the brands module's expiry job: an expired brand's products go off the shelf. */
export { takeBrandProductsOffShelf } from './product.repo.js';
/** For the orders module: the products of an order form, with prices, names and the line snapshot's facts. */
export { orderableProducts, type OrderableProduct } from './orderable-product.repo.js';
/** For foreign keys and the read models of docs/decisions/0009-module-boundaries.md. */
export { categories, products } from './catalog.tables.js';
