import { useQuery } from '@tanstack/react-query';
import { api } from './client.js';

/**
 * What the order form offers the buyer to choose from: whether "Buyer information" is complete,
 * the address book and the invoice profiles (GET /api/buyer/profile, /api/buyer/addresses,
 * /api/buyer/invoice-profiles — the buyers module). Read-only here; the Personal Center's pages
 * edit them.
 *
 * The shapes are the buyers API's answers (src/shared/schemas/buyers.ts: buyerProfileResponseSchema,
 * addressListSchema, invoiceProfileListSchema), narrowed to the fields the form reads. They are
 * written out here, not imported, so this branch builds before the buyers module lands; once it
 * has, `Pick<Address, …>` from that file can replace them.
 */

export interface BuyerProfileStatus {
  profile: { country: string; companyNameZh: string | null; companyNameEn: string | null } | null;
  /** Complete buyer information: an order cannot be submitted before. */
  complete: boolean;
}

export interface AddressChoice {
  id: string;
  recipient: string;
  phone: string;
  country: string;
  region: string | null;
  city: string;
  addressLine: string;
  postalCode: string | null;
  isDefault: boolean;
}

export interface InvoiceProfileChoice {
  id: string;
  invoiceType: 'ordinary' | 'special_vat';
  title: string;
  taxpayerId: string;
  isDefault: boolean;
}

/** Under ['account', …]: belongs to the signed-in user and is dropped on login/logout. */
export const buyerChoiceKeys = {
  profile: ['account', 'buyer', 'profile'] as const,
  addresses: ['account', 'buyer', 'addresses'] as const,
  invoiceProfiles: ['account', 'buyer', 'invoice-profiles'] as const,
};

export const buyerChoicesApi = {
  profile: () => api<BuyerProfileStatus>('/api/buyer/profile'),
  addresses: () => api<{ addresses: AddressChoice[] }>('/api/buyer/addresses'),
  invoiceProfiles: () => api<{ profiles: InvoiceProfileChoice[] }>('/api/buyer/invoice-profiles'),
};

/** Re-read when the buyer comes back from editing them in another tab ("Manage addresses"). */
const fresh = { refetchOnWindowFocus: 'always', staleTime: 0 } as const;

export function useBuyerProfileStatus() {
  return useQuery({ queryKey: buyerChoiceKeys.profile, queryFn: buyerChoicesApi.profile, ...fresh });
}

export function useAddressChoices() {
  return useQuery({ queryKey: buyerChoiceKeys.addresses, queryFn: buyerChoicesApi.addresses, ...fresh });
}

export function useInvoiceProfileChoices() {
  return useQuery({ queryKey: buyerChoiceKeys.invoiceProfiles, queryFn: buyerChoicesApi.invoiceProfiles, ...fresh });
}
