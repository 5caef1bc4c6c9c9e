import { useQuery } from '@tanstack/react-query';
import type { Brand, BrandInput, BrandKind } from '../../shared/schemas/brands.js';
import type { BrandState } from '../../shared/state-machines/brand.js';
import { api } from './client.js';

/** "Licensed Brands" (guide 3) for the supplier, and the brand review for staff. */

export type BrandReason = NonNullable<Brand['rejection']>['reasons'][number];
export type BrandQueueStatus = BrandState | 'all';

export interface BrandQueueFilter {
  status: BrandQueueStatus;
  q: string;
  overdue: boolean;
}

export interface BrandQueueItem {
  id: string;
  kind: BrandKind;
  nameZh: string | null;
  nameEn: string | null;
  supplierName: string;
  status: BrandState;
  submittedAt: string;
  dueAt: string | null;
  overdue: boolean;
}

export interface BrandReviewDetail {
  brand: Brand;
  supplier: { id: string; name: string; accountName: string };
  sameNameOtherSuppliers: {
    id: string;
    kind: string;
    status: string;
    supplierName: string;
    nameEn: string | null;
    nameZh: string | null;
  }[];
}

/** Under ['account', …]: belongs to the signed-in user and is dropped on login/logout. */
export const brandKeys = {
  all: ['account', 'brands'] as const,
  list: (kind: BrandKind) => ['account', 'brands', 'list', kind] as const,
  one: (id: string) => ['account', 'brands', 'one', id] as const,
  review: ['account', 'brand-review'] as const,
  queue: (filter: BrandQueueFilter) => ['account', 'brand-review', 'queue', filter] as const,
  detail: (id: string) => ['account', 'brand-review', 'detail', id] as const,
};

const mine = '/api/supplier/brands';
const staff = '/api/admin/brands';
const at = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export const brandApi = {
  list: (kind: BrandKind) => api<{ brands: Brand[] }>(`${mine}?${new URLSearchParams({ kind })}`),
  get: (id: string) => api<{ brand: Brand }>(at(mine, id)),
  create: (input: BrandInput) => api<{ brand: Brand }>(mine, { method: 'POST', json: input }),
  /** Edit and resubmit (rejected) or renew (expired), with the version read. */
  resubmit: (id: string, version: number, brand: BrandInput) =>
    api<{ brand: Brand }>(at(mine, id), { method: 'PUT', json: { version, brand } }),

  queue: (filter: BrandQueueFilter) => {
    const params = new URLSearchParams({ status: filter.status });
    if (filter.q.trim()) params.set('q', filter.q.trim());
    if (filter.overdue) params.set('overdue', 'true');
    return api<{ items: BrandQueueItem[] }>(`${staff}?${params}`);
  },
  detail: (id: string) => api<BrandReviewDetail>(at(staff, id)),
  approve: (id: string, version: number) =>
    api<{ brand: Brand }>(`${at(staff, id)}/approve`, { method: 'POST', json: { version } }),
  reject: (id: string, input: { version: number; reasons: BrandReason[]; note?: string }) =>
    api<{ brand: Brand }>(`${at(staff, id)}/reject`, { method: 'POST', json: input }),
};

export function useMyBrands(kind: BrandKind) {
  return useQuery({ queryKey: brandKeys.list(kind), queryFn: () => brandApi.list(kind) });
}

export function useMyBrand(id: string) {
  return useQuery({ queryKey: brandKeys.one(id), queryFn: () => brandApi.get(id) });
}

export function useBrandQueue(filter: BrandQueueFilter) {
  return useQuery({ queryKey: brandKeys.queue(filter), queryFn: () => brandApi.queue(filter) });
}

export function useBrandReviewDetail(id: string) {
  return useQuery({ queryKey: brandKeys.detail(id), queryFn: () => brandApi.detail(id) });
}
