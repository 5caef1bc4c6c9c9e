import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Brand } from '../../shared/schemas/brands.js';
import type { ProductInput, supplierProductRowSchema, supplierProductSchema } from '../../shared/schemas/products.js';
import type { ProductState } from '../../shared/state-machines/product.js';
import { api } from './client.js';

/** "Product Management" (guide 4): the supplier's own products. */

export type SupplierProduct = z.infer<typeof supplierProductSchema>;
export type SupplierProductRow = z.infer<typeof supplierProductRowSchema>;

export interface ProductListFilter {
  status?: ProductState;
  q?: string;
  page: number;
  pageSize: number;
}

/** Under ['account', …]: belongs to the signed-in user and is dropped on login/logout. */
export const productKeys = {
  all: ['account', 'products'] as const,
  list: (filter: ProductListFilter) => ['account', 'products', 'list', filter] as const,
  one: (id: string) => ['account', 'products', 'one', id] as const,
  brandOptions: ['account', 'products', 'brand-options'] as const,
};

const base = '/api/supplier/products';
const at = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const productApi = {
  list: (filter: ProductListFilter) => {
    const params = new URLSearchParams({ page: String(filter.page), pageSize: String(filter.pageSize) });
    if (filter.status) params.set('status', filter.status);
    if (filter.q?.trim()) params.set('q', filter.q.trim());
    return api<{ items: SupplierProductRow[]; total: number }>(`${base}?${params}`);
  },
  get: (id: string) => api<{ product: SupplierProduct }>(at(id)),
  /** "Submit" on "New Product". */
  create: (product: ProductInput) => api<{ product: SupplierProduct }>(base, { method: 'POST', json: product }),
  /** An edit, with the version read (409 VERSION_CONFLICT when it changed meanwhile). */
  update: (id: string, version: number, product: ProductInput) =>
    api<{ product: SupplierProduct }>(at(id), { method: 'PUT', json: { version, product } }),
  /** On or off the shelf, one or many (guide 4.4). */
  shelf: (ids: string[], onShelf: boolean) =>
    api<{ products: { id: string; status: ProductState; version: number }[] }>(`${base}/shelf`, {
      method: 'POST',
      json: { ids, onShelf },
    }),
  remove: (id: string) => api<{ ok: true }>(at(id), { method: 'DELETE' }),
  /** Every brand of the supplier; products may only use the approved ones. */
  brands: () => api<{ brands: Brand[] }>('/api/supplier/brands'),
};

export function useSupplierProducts(filter: ProductListFilter) {
  return useQuery({
    queryKey: productKeys.list(filter),
    queryFn: () => productApi.list(filter),
    placeholderData: keepPreviousData,
  });
}

export function useSupplierProduct(id: string | undefined) {
  return useQuery({
    queryKey: productKeys.one(id ?? ''),
    queryFn: () => productApi.get(id ?? ''),
    enabled: Boolean(id),
    // Each visit of the edit page reads the latest version (a cached one would only earn a 409);
    // meanwhile no refetch replaces what the supplier is typing.
    gcTime: 0,
    staleTime: Infinity,
  });
}

export function useApprovedBrands() {
  return useQuery({
    queryKey: productKeys.brandOptions,
    queryFn: productApi.brands,
    select: (data) => data.brands.filter((b) => b.status === 'approved'),
  });
}
