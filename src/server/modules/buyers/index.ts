/** The buyers module's public surface: buyer information, address book and invoice profiles. */
export { registerBuyersModule, type BuyersModuleDeps } from './buyers.module.js';
/** For the orders module: the buyer's data copied into an order at submission. */
export { buyerAddressOf, buyerPartyOf, invoiceProfileOf } from './buyer-party.repo.js';
/** For the orders module: whether "Buyer information" is complete (an order needs it). */
export { isBuyerInformationComplete } from './buyer-profile.service.js';
/** For foreign keys. */
export { buyerAddresses, buyerProfiles, invoiceProfiles } from './buyers.tables.js';
