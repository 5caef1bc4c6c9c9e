/**
 * What the public catalog offers to filter and sort by. Plain values, not in schemas/products.ts,
 * so buyers' pages (in the web app's entry chunk) can import them without zod.
 */
export const PRODUCT_CURRENCIES = ['CNY', 'USD', 'EUR', 'RUB'] as const;

export const CATALOG_SORTS = ['newest', 'price_asc', 'price_desc', 'relevance'] as const;
