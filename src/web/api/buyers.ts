import { useQuery } from '@tanstack/react-query';
import type {
  Address,
  AddressInput,
  BuyerInfo,
  BuyerProfileResponse,
  InvoiceProfile,
  InvoiceProfileInput,
} from '../../shared/schemas/buyers.js';
import { api } from './client.js';

/**
 * "Buyer information", the address book and invoice profiles (issue 12). Under ['account', …]:
 * they belong to the signed-in user and are dropped on login/logout.
 */
export const buyerKeys = {
  profile: ['account', 'buyer', 'profile'] as const,
  addresses: ['account', 'buyer', 'addresses'] as const,
  invoiceProfiles: ['account', 'buyer', 'invoice-profiles'] as const,
};

const ADDRESSES = '/api/buyer/addresses';
const INVOICE_PROFILES = '/api/buyer/invoice-profiles';
const at = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;
const versioned = (base: string, id: string, version: number) =>
  `${at(base, id)}?${new URLSearchParams({ version: String(version) })}`;

export const buyerApi = {
  profile: () => api<BuyerProfileResponse>('/api/buyer/profile'),
  /** Without a version the first save; then with the version read. */
  saveProfile: (input: { version?: number; buyer: BuyerInfo }) =>
    api<BuyerProfileResponse>('/api/buyer/profile', { method: 'PUT', json: input }),

  addresses: () => api<{ addresses: Address[] }>(ADDRESSES),
  addAddress: (input: AddressInput) => api<{ address: Address }>(ADDRESSES, { method: 'POST', json: input }),
  updateAddress: (id: string, version: number, address: AddressInput) =>
    api<{ address: Address }>(at(ADDRESSES, id), { method: 'PUT', json: { version, address } }),
  deleteAddress: (id: string, version: number) =>
    api<{ addresses: Address[] }>(versioned(ADDRESSES, id, version), { method: 'DELETE' }),
  defaultAddress: (id: string) => api<{ addresses: Address[] }>(`${at(ADDRESSES, id)}/default`, { method: 'POST' }),

  invoiceProfiles: () => api<{ profiles: InvoiceProfile[] }>(INVOICE_PROFILES),
  addInvoiceProfile: (input: InvoiceProfileInput) =>
    api<{ profile: InvoiceProfile }>(INVOICE_PROFILES, { method: 'POST', json: input }),
  updateInvoiceProfile: (id: string, version: number, profile: InvoiceProfileInput) =>
    api<{ profile: InvoiceProfile }>(at(INVOICE_PROFILES, id), { method: 'PUT', json: { version, profile } }),
  deleteInvoiceProfile: (id: string, version: number) =>
    api<{ profiles: InvoiceProfile[] }>(versioned(INVOICE_PROFILES, id, version), { method: 'DELETE' }),
  defaultInvoiceProfile: (id: string) =>
    api<{ profiles: InvoiceProfile[] }>(`${at(INVOICE_PROFILES, id)}/default`, { method: 'POST' }),
};

/** The buyer information and whether it is complete (the order form asks this before submitting). */
export function useBuyerProfile() {
  return useQuery({ queryKey: buyerKeys.profile, queryFn: buyerApi.profile });
}

export function useAddresses() {
  return useQuery({ queryKey: buyerKeys.addresses, queryFn: buyerApi.addresses });
}

export function useInvoiceProfiles() {
  return useQuery({ queryKey: buyerKeys.invoiceProfiles, queryFn: buyerApi.invoiceProfiles });
}
