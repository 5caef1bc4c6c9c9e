import {
  buyerInfoSchema,
  type Address,
  type AddressInput,
  type BuyerInfo,
  type BuyerProfile,
  type InvoiceProfile,
  type InvoiceProfileInput,
} from '../../../shared/schemas/buyers.js';
import type { AddressRow, AddressValues } from './address.repo.js';
import type { BuyerProfileRow } from './buyer-profile.repo.js';
import type { InvoiceProfileRow, InvoiceProfileValues } from './invoice-profile.repo.js';

/** Rows → API shapes, and validated input → column values (empty optional text is NULL). */

export function toBuyerProfile(row: BuyerProfileRow): BuyerProfile {
  return {
    companyNameZh: row.companyNameZh,
    companyNameEn: row.companyNameEn,
    country: row.country,
    registeredAddress: row.registeredAddress,
    contactPerson: row.contactPerson,
    phone: row.phone,
    email: row.email,
    creditCode: row.creditCode,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Complete = it passes today's rules for buyer information (the same schema a save passes), so
 * a rule added later marks older profiles incomplete until they are saved again.
 */
export function isBuyerProfileComplete(row: BuyerProfileRow | undefined): boolean {
  if (!row) return false;
  const { companyNameZh, companyNameEn, creditCode, ...required } = row;
  return buyerInfoSchema.safeParse({
    ...required,
    companyNameZh: companyNameZh ?? undefined,
    companyNameEn: companyNameEn ?? undefined,
    creditCode: creditCode ?? undefined,
  }).success;
}

export function buyerProfileValues(input: BuyerInfo) {
  return {
    companyNameZh: input.companyNameZh || null,
    companyNameEn: input.companyNameEn || null,
    country: input.country,
    registeredAddress: input.registeredAddress,
    contactPerson: input.contactPerson,
    phone: input.phone,
    email: input.email,
    creditCode: input.creditCode || null,
  };
}

export function toAddress(row: AddressRow): Address {
  return {
    id: row.id,
    recipient: row.recipient,
    phone: row.phone,
    country: row.country,
    region: row.region,
    city: row.city,
    addressLine: row.addressLine,
    postalCode: row.postalCode,
    isDefault: row.isDefault,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export function addressValues(input: AddressInput): AddressValues {
  return {
    recipient: input.recipient,
    phone: input.phone,
    country: input.country,
    region: input.region || null,
    city: input.city,
    addressLine: input.addressLine,
    postalCode: input.postalCode || null,
  };
}

export function toInvoiceProfile(row: InvoiceProfileRow): InvoiceProfile {
  return {
    id: row.id,
    invoiceType: row.invoiceType === 'special_vat' ? 'special_vat' : 'ordinary',
    title: row.title,
    taxpayerId: row.taxpayerId,
    registeredAddress: row.registeredAddress,
    registeredPhone: row.registeredPhone,
    bankName: row.bankName,
    bankAccount: row.bankAccount,
    isDefault: row.isDefault,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export function invoiceProfileValues(input: InvoiceProfileInput): InvoiceProfileValues {
  return {
    invoiceType: input.invoiceType,
    title: input.title,
    taxpayerId: input.taxpayerId,
    registeredAddress: input.registeredAddress || null,
    registeredPhone: input.registeredPhone || null,
    bankName: input.bankName || null,
    bankAccount: input.bankAccount || null,
  };
}
