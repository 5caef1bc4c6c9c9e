import { useQuery } from '@tanstack/react-query';
import type {
  Application,
  CompanyDraft,
  MaterialType,
  PublicSupplier,
  SupplierProfile,
  SupplierProfileInput,
} from '../../shared/schemas/suppliers.js';
import type { Locale } from '../../shared/locales.js';
import { useMe } from './auth.js';
import { api } from './client.js';

/** Under ['account', …]: belongs to the signed-in user and is dropped on login/logout. */
export const APPLICATION_KEY = ['account', 'supplier-application'] as const;
export const SUPPLIER_PROFILE_KEY = ['account', 'supplier-profile'] as const;

type ApplicationAnswer = { application: Application };

export const supplierApi = {
  application: () => api<{ application: Application | null }>('/api/supplier-application'),
  save: (input: { version?: number; company: CompanyDraft }) =>
    api<ApplicationAnswer>('/api/supplier-application', { method: 'PUT', json: input }),
  addMaterial: (input: { version: number; type: MaterialType; fileId: string }) =>
    api<ApplicationAnswer>('/api/supplier-application/materials', { method: 'POST', json: input }),
  removeMaterial: (id: string, version: number) =>
    api<ApplicationAnswer>(
      `/api/supplier-application/materials/${encodeURIComponent(id)}?${new URLSearchParams({ version: String(version) })}`,
      { method: 'DELETE' },
    ),
  submit: (version: number) =>
    api<ApplicationAnswer>('/api/supplier-application/submit', { method: 'POST', json: { version } }),
  profile: () => api<{ profile: SupplierProfile }>('/api/supplier/profile'),
  saveProfile: (input: SupplierProfileInput) =>
    api<{ profile: SupplierProfile }>('/api/supplier/profile', { method: 'PUT', json: input }),
  /** The server picks the text's language from the cookie, else Accept-Language: ask for the page's. */
  publicSupplier: (id: string, locale: Locale) =>
    api<{ supplier: PublicSupplier }>(`/api/suppliers/${encodeURIComponent(id)}`, {
      headers: { 'accept-language': locale },
    }),
};

export function useApplication() {
  return useQuery({ queryKey: APPLICATION_KEY, queryFn: supplierApi.application });
}

export function useSupplierProfile() {
  return useQuery({ queryKey: SUPPLIER_PROFILE_KEY, queryFn: supplierApi.profile });
}

/**
 * The signed-in account and, for an approved supplier, its own supplier id — so a page can hide
 * what a supplier never does to itself (order its own product, contact itself). `pending` until
 * both are known.
 */
export function useOwnSupplier() {
  const me = useMe();
  const user = me.data?.user ?? null;
  const profile = useQuery({
    queryKey: SUPPLIER_PROFILE_KEY,
    queryFn: supplierApi.profile,
    enabled: user?.supplierStatus === 'approved',
    staleTime: 5 * 60_000,
  });
  return {
    user,
    pending: me.isPending || (user?.supplierStatus === 'approved' && profile.isPending),
    supplierId: profile.data?.profile.id ?? null,
  };
}

export function usePublicSupplier(id: string, locale: Locale) {
  return useQuery({ queryKey: ['supplier', id, locale], queryFn: () => supplierApi.publicSupplier(id, locale) });
}
