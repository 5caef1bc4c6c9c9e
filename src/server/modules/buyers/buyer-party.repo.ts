import { and, eq } from 'drizzle-orm';
import type { AddressSnapshot, InvoiceProfileSnapshot, PartySnapshot } from '../../../shared/schemas/orders.js';
import type { Db } from '../../db/client.js';
import { buyerAddresses, buyerProfiles, invoiceProfiles } from './buyers.tables.js';

type Reader = Pick<Db, 'select'>;

/**
 * What the orders module copies into an order at submission. Each reads one row of this
 * buyer's own data (the user id is always in the WHERE: another account's address is "not found").
 */

/** The buyer party of a contract; undefined when the account has no "Buyer information" yet. */
export async function buyerPartyOf(db: Reader, userId: string): Promise<PartySnapshot | undefined> {
  const [row] = await db.select().from(buyerProfiles).where(eq(buyerProfiles.userId, userId));
  if (!row) return undefined;
  return {
    companyNameZh: row.companyNameZh,
    companyNameEn: row.companyNameEn,
    country: row.country,
    registeredAddress: row.registeredAddress,
    registrationNumber: row.creditCode,
    legalRepresentative: null,
    contactPerson: row.contactPerson,
    phone: row.phone,
    email: row.email,
  };
}

export async function buyerAddressOf(
  db: Reader,
  userId: string,
  addressId: string,
): Promise<AddressSnapshot | undefined> {
  const [row] = await db
    .select({
      recipient: buyerAddresses.recipient,
      phone: buyerAddresses.phone,
      country: buyerAddresses.country,
      region: buyerAddresses.region,
      city: buyerAddresses.city,
      addressLine: buyerAddresses.addressLine,
      postalCode: buyerAddresses.postalCode,
    })
    .from(buyerAddresses)
    .where(and(eq(buyerAddresses.id, addressId), eq(buyerAddresses.userId, userId)));
  return row;
}

export async function invoiceProfileOf(
  db: Reader,
  userId: string,
  profileId: string,
): Promise<InvoiceProfileSnapshot | undefined> {
  const [row] = await db
    .select({
      invoiceType: invoiceProfiles.invoiceType,
      title: invoiceProfiles.title,
      taxpayerId: invoiceProfiles.taxpayerId,
      registeredAddress: invoiceProfiles.registeredAddress,
      registeredPhone: invoiceProfiles.registeredPhone,
      bankName: invoiceProfiles.bankName,
      bankAccount: invoiceProfiles.bankAccount,
    })
    .from(invoiceProfiles)
    .where(and(eq(invoiceProfiles.id, profileId), eq(invoiceProfiles.userId, userId)));
  return row && { ...row, invoiceType: row.invoiceType === 'special_vat' ? 'special_vat' : 'ordinary' };
}
