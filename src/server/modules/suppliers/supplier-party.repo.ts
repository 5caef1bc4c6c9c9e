import { eq } from 'drizzle-orm';
import type { PartySnapshot } from '../../../shared/schemas/orders.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../platform/errors.js';
import { supplierApplications, suppliers } from './suppliers.tables.js';

type Reader = Pick<Db, 'select'>;

/**
 * The supplier party of a contract as it is now (the orders module freezes it into an order at
 * submission): the supplier's names and country with the approved application's registered
 * address, credit code (mainland China) or registration number, legal representative and contact.
 */
export async function supplierPartyOf(db: Reader, supplierId: string): Promise<PartySnapshot> {
  const [row] = await db
    .select({
      nameZh: suppliers.nameZh,
      nameEn: suppliers.nameEn,
      country: suppliers.country,
      contactEmail: suppliers.contactEmail,
      contactPhone: suppliers.contactPhone,
      registeredAddress: supplierApplications.registeredAddress,
      creditCode: supplierApplications.creditCode,
      registrationNumber: supplierApplications.registrationNumber,
      legalRepresentative: supplierApplications.legalRepresentative,
      contactPerson: supplierApplications.contactPerson,
      applicationPhone: supplierApplications.contactPhone,
      applicationEmail: supplierApplications.contactEmail,
    })
    .from(suppliers)
    .innerJoin(supplierApplications, eq(supplierApplications.id, suppliers.applicationId))
    .where(eq(suppliers.id, supplierId));
  if (!row) throw notFound('Supplier');
  return {
    companyNameZh: row.nameZh,
    companyNameEn: row.nameEn,
    country: row.country,
    registeredAddress: row.registeredAddress,
    registrationNumber: row.creditCode ?? row.registrationNumber,
    legalRepresentative: row.legalRepresentative,
    contactPerson: row.contactPerson,
    phone: row.contactPhone ?? row.applicationPhone,
    email: row.contactEmail ?? row.applicationEmail,
  };
}

/** The account that acts for a supplier (its mails go to that account's address and language). */
export async function supplierAccountIdOf(db: Reader, supplierId: string): Promise<string | undefined> {
  const [row] = await db.select({ userId: suppliers.userId }).from(suppliers).where(eq(suppliers.id, supplierId));
  return row?.userId;
}
