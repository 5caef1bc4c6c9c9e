/** The buyer's pages of the personal center, in the order the Buyer section lists them. */
export const BUYER_PAGES = [
  { path: '/account/buyer', label: 'buyers.nav.info', testId: 'buyer-info-link' },
  { path: '/account/addresses', label: 'buyers.nav.addresses', testId: 'addresses-link' },
  { path: '/account/invoice-profiles', label: 'buyers.nav.invoiceProfiles', testId: 'invoice-profiles-link' },
  { path: '/account/orders', label: 'buyers.nav.orders', testId: 'my-orders-link' },
] as const;
