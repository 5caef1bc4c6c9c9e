/** The buyers module's public surface: buyer information, address book and invoice profiles. */
/** For the orders module: the buyer's data copied into an order at submission. */
export { buyerAddressOf, buyerPartyOf, invoiceProfileOf } from './buyer-party.repo.js';
/** For foreign keys. */
export { buyerAddresses, buyerProfiles, invoiceProfiles } from './buyers.tables.js';
