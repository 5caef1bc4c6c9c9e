/** The catalog module's public surface: what the app and other modules may use. */
export { registerCatalogModule, type CatalogModuleDeps } from './catalog.module.js';
export type { CatalogCache } from './catalog-cache.js';
/** Start-up seeds the category tree (idempotent). */
export { seedCategories } from './category.repo.js';
/** For the brands module's expiry job: an expired brand's products go off the shelf. */
export { takeBrandProductsOffShelf } from './product.repo.js';
