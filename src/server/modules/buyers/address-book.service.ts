import {
  MAX_ADDRESSES,
  MAX_INVOICE_PROFILES,
  type AddressInput,
  type InvoiceProfileInput,
} from '../../../shared/schemas/buyers.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import * as addresses from './address.repo.js';
import { addressValues, invoiceProfileValues, toAddress, toInvoiceProfile } from './buyers.mapper.js';
import { createDefaultListService } from './default-list.service.js';
import * as invoices from './invoice-profile.repo.js';

type Deps = { db: Db; clock: Clock };

/** The delivery address book (≤ 20, one default). Answers in API shapes. */
export function createAddressService(deps: Deps) {
  const list = createDefaultListService(deps, {
    name: 'addresses',
    label: 'Address',
    max: MAX_ADDRESSES,
    limitCode: 'address_limit',
    list: addresses.listAddresses,
    find: addresses.findAddress,
    count: addresses.countAddresses,
    insert: addresses.insertAddress,
    update: addresses.updateAddress,
    remove: addresses.deleteAddress,
    makeDefault: addresses.makeDefaultAddress,
    newest: addresses.newestAddress,
  });
  return {
    list: async (userId: string) => (await list.list(userId)).map(toAddress),
    create: async (userId: string, input: AddressInput) =>
      toAddress(await list.create(userId, addressValues(input), input.isDefault === true)),
    update: async (userId: string, id: string, version: number, input: AddressInput) =>
      toAddress(await list.update(userId, id, version, addressValues(input), input.isDefault === true)),
    remove: async (userId: string, id: string, version: number) =>
      (await list.remove(userId, id, version)).map(toAddress),
    setDefault: async (userId: string, id: string) => (await list.setDefault(userId, id)).map(toAddress),
  };
}
export type AddressService = ReturnType<typeof createAddressService>;

/** Invoice profiles for domestic invoices (≤ 10, one default). Answers in API shapes. */
export function createInvoiceProfileService(deps: Deps) {
  const list = createDefaultListService(deps, {
    name: 'invoice_profiles',
    label: 'Invoice profile',
    max: MAX_INVOICE_PROFILES,
    limitCode: 'invoice_profile_limit',
    list: invoices.listInvoiceProfiles,
    find: invoices.findInvoiceProfile,
    count: invoices.countInvoiceProfiles,
    insert: invoices.insertInvoiceProfile,
    update: invoices.updateInvoiceProfile,
    remove: invoices.deleteInvoiceProfile,
    makeDefault: invoices.makeDefaultInvoiceProfile,
    newest: invoices.newestInvoiceProfile,
  });
  return {
    list: async (userId: string) => (await list.list(userId)).map(toInvoiceProfile),
    create: async (userId: string, input: InvoiceProfileInput) =>
      toInvoiceProfile(await list.create(userId, invoiceProfileValues(input), input.isDefault === true)),
    update: async (userId: string, id: string, version: number, input: InvoiceProfileInput) =>
      toInvoiceProfile(await list.update(userId, id, version, invoiceProfileValues(input), input.isDefault === true)),
    remove: async (userId: string, id: string, version: number) =>
      (await list.remove(userId, id, version)).map(toInvoiceProfile),
    setDefault: async (userId: string, id: string) => (await list.setDefault(userId, id)).map(toInvoiceProfile),
  };
}
export type InvoiceProfileService = ReturnType<typeof createInvoiceProfileService>;
