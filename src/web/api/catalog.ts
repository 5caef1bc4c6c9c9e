import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Locale } from '../../shared/locales.js';
import type { CategoryNode, catalogPageSchema, ProductPage } from '../../shared/schemas/products.js';
import { api } from './client.js';

/** The public catalog (GET /api/catalog/…): categories, product lists and search, product pages. */

export type CatalogPage = z.infer<typeof catalogPageSchema>;

/** Filters and paging of a product list, as the URL carries them (all strings, absent when unset). */
export const CATALOG_PARAMS = [
  'q',
  'category',
  'brand',
  'supplier',
  'currency',
  'minPrice',
  'maxPrice',
  'maxMoq',
  'origin',
  'sort',
  'page',
  'pageSize',
] as const;
export type CatalogParam = (typeof CATALOG_PARAMS)[number];
export type CatalogQuery = Partial<Record<CatalogParam, string>>;

/**
 * Asks for the language of the page being rendered (X-Locale, as api() does from i18next), given
 * explicitly: on a language switch the new page's queries may start before i18next has changed.
 */
const publicGet = <T>(path: string, locale: Locale) => api<T>(path, { headers: { 'x-locale': locale } });

export const catalogApi = {
  categories: (locale: Locale) => publicGet<{ categories: CategoryNode[] }>('/api/catalog/categories', locale),
  products: (query: CatalogQuery, locale: Locale) => {
    const params = new URLSearchParams();
    for (const name of CATALOG_PARAMS) {
      const value = query[name];
      if (value) params.set(name, value);
    }
    return publicGet<CatalogPage>(`/api/catalog/products?${params}`, locale);
  },
  product: (id: string, locale: Locale) =>
    publicGet<{ product: ProductPage }>(`/api/catalog/products/${encodeURIComponent(id)}`, locale),
};

export function useCategories(locale: Locale) {
  return useQuery({
    queryKey: ['catalog', 'categories', locale],
    queryFn: () => catalogApi.categories(locale),
    staleTime: 10 * 60_000,
  });
}

/** Keeps the previous page on screen while the next one loads (filters and paging feel instant). */
export function useCatalogProducts(query: CatalogQuery, locale: Locale) {
  return useQuery({
    queryKey: ['catalog', 'products', locale, query],
    queryFn: () => catalogApi.products(query, locale),
    placeholderData: keepPreviousData,
  });
}

export function useCatalogProduct(id: string, locale: Locale) {
  return useQuery({ queryKey: ['catalog', 'product', id, locale], queryFn: () => catalogApi.product(id, locale) });
}

/** A category and its parent (if any), found in the tree. */
export function findCategory(
  tree: CategoryNode[],
  id: string,
): { node: CategoryNode; parent: CategoryNode | null } | undefined {
  for (const top of tree) {
    if (top.id === id) return { node: top, parent: null };
    const child = top.children.find((c) => c.id === id);
    if (child) return { node: child, parent: top };
  }
  return undefined;
}
