/**
 * The authorization matrix's table: one entry per route ("METHOD /path" as registered), with the
 * access the route must declare and, for routes that act on one owner's object, which world object
 * fills the path and who owns it. A route the app serves without an entry here fails the matrix
 * test, so every new route is reviewed for access once. HEAD routes use their GET entry.
 */
import type { Access } from '../platform/access.js';
import type { Caller, Role, WorldObjects } from './security-world.js';
import { privateBrand } from './brand-fixtures.js';
import { productBody } from './catalog-fixtures.js';
import { addressBody, chineseBuyer, specialVatBody } from './buyer-fixtures.js';
import { MESSAGE_ROUTE_EXPECTATIONS } from './message-route-expectations.js';
import { STAFF_ROUTE_EXPECTATIONS } from './staff-route-expectations.js';

export interface RouteExpectation {
  /** The route's `config.access`; 'none' for routes outside access control (API docs). */
  access: Access | 'none';
  /** Path parameters filled with A's objects; any other parameter gets a random UUID. */
  params?: Record<string, keyof WorldObjects>;
  query?: (objects: WorldObjects, caller: Caller) => Record<string, string>;
  /** A body valid for the caller, so an object-level check in the handler is reached. */
  body?: (objects: WorldObjects, caller: Caller) => object;
  /**
   * Roles that may act on the object the route names. Every other role the access guard lets
   * through must get one of `othersGet` (404 by default: not even its existence is confirmed).
   */
  owners?: Role[];
  othersGet?: number[];
  /** The route ends the caller's session (logout): the caller signs in again after it. */
  signsOut?: boolean;
}

const publicRoute: RouteExpectation = { access: 'public' };
const userRoute: RouteExpectation = { access: 'user' };
const supplierRoute: RouteExpectation = { access: 'supplier' };
const staffRoute: RouteExpectation = { access: 'staff' };
const docs: RouteExpectation = { access: 'none' };

/** The caller's own brand and certificate when it is a supplier, else A's (the guard refuses first). */
/** Clauses valid for the furnish form (the values themselves do not matter to the matrix). */
const contractClausesBody = () => ({
  signingPlace: 'Ningbo',
  packaging: 'Export cartons',
  inspectionBody: 'CCIC',
  claimPeriodDays: 30,
  warrantyMonths: 12,
  tolerancePercent: 0,
  partialShipments: false,
  transhipment: true,
  arbitrationBody: 'cietac_beijing',
  governingLaw: 'prc_cisg',
});

const ownOrA = (objects: WorldObjects, caller: Caller) =>
  caller.own ?? { brandId: objects.brandId, certificateFileId: objects.certificateFileId };

export const ROUTE_EXPECTATIONS: Record<string, RouteExpectation> = {
  ...STAFF_ROUTE_EXPECTATIONS,
  ...MESSAGE_ROUTE_EXPECTATIONS,
  // Platform
  'GET /healthz': publicRoute,
  'GET /readyz': publicRoute,
  /** Loopback or METRICS_TOKEN only: checked in the route itself (metrics.test.ts); 404 to everyone else. */
  'GET /metrics': publicRoute,
  'GET /api/site': publicRoute,
  'GET /api/openapi.json': docs,
  'GET /api/docs': docs,
  'GET /api/docs/': docs,
  'GET /api/docs/json': docs,
  'GET /api/docs/yaml': docs,
  'GET /api/docs/static/*': docs,
  'GET /api/docs/static/index.html': docs,
  'GET /api/docs/static/swagger-initializer.js': docs,
  'GET /dev/mailbox': publicRoute,
  'GET /dev/mailbox/messages.json': publicRoute,
  'GET /dev/mailbox/:id.html': publicRoute,

  // Accounts (guide 1)
  'POST /api/auth/register/code': publicRoute,
  'GET /api/auth/account-name': publicRoute,
  'POST /api/auth/register': publicRoute,
  'POST /api/auth/login': publicRoute,
  'POST /api/auth/logout': { access: 'public', signsOut: true },
  'GET /api/auth/me': publicRoute,
  'POST /api/auth/password/forgot': publicRoute,
  'GET /api/auth/password/reset': publicRoute,
  'POST /api/auth/password/reset': publicRoute,
  'PATCH /api/account': userRoute,
  'POST /api/account/password': userRoute,
  'POST /api/account/email/code': userRoute,
  'POST /api/account/email': userRoute,
  'GET /api/account/sessions': userRoute,
  'DELETE /api/account/sessions/:id': { access: 'user', params: { id: 'sessionId' }, owners: ['supplierA'] },

  // Two-factor authentication (issue 11): the login's second step, re-authentication, the card
  'POST /api/auth/login/second-factor': publicRoute,
  'POST /api/auth/reauthenticate': userRoute,
  'GET /api/account/two-factor': userRoute,
  'POST /api/account/two-factor/enrolment': userRoute,
  'POST /api/account/two-factor/enrolment/confirm': userRoute,
  'POST /api/account/two-factor/recovery-codes': userRoute,
  'POST /api/account/two-factor/disable': userRoute,

  // Files
  'POST /api/files': userRoute,
  'GET /api/files/:id': { access: 'public', params: { id: 'privateFileId' }, owners: ['supplierA', 'staff'] },
  'GET /api/files/:id/thumbnail': {
    access: 'public',
    params: { id: 'privateFileId' },
    owners: ['supplierA', 'staff'],
  },

  // Supplier authentication (guide 2) and the supplier center
  'GET /api/supplier-application': userRoute,
  'PUT /api/supplier-application': userRoute,
  'POST /api/supplier-application/materials': {
    access: 'user',
    body: (o) => ({ version: 1, type: 'business_licence', fileId: o.privateFileId }),
    owners: ['supplierA'],
  },
  'DELETE /api/supplier-application/materials/:id': {
    access: 'user',
    params: { id: 'applicantMaterialId' },
    query: (o) => ({ version: String(o.applicantApplicationVersion) }),
    owners: ['applicant'],
    // Others are refused on their own application first: none yet (404) or not editable (409).
    othersGet: [404, 409],
  },
  'POST /api/supplier-application/submit': userRoute,
  'GET /api/supplier/profile': supplierRoute,
  'PUT /api/supplier/profile': supplierRoute,
  'GET /api/suppliers/:id': { access: 'public', params: { id: 'supplierId' } },
  'GET /api/admin/supplier-applications': staffRoute,
  'GET /api/admin/supplier-applications/:id': { access: 'staff', params: { id: 'applicantApplicationId' } },
  'POST /api/admin/supplier-applications/:id/approve': { access: 'staff', params: { id: 'applicantApplicationId' } },
  'POST /api/admin/supplier-applications/:id/reject': { access: 'staff', params: { id: 'applicantApplicationId' } },

  // Licensed brands (guide 3)
  'GET /api/supplier/brands': supplierRoute,
  'GET /api/supplier/brands/:id': { access: 'supplier', params: { id: 'brandId' }, owners: ['supplierA'] },
  'POST /api/supplier/brands': {
    access: 'supplier',
    // A's certificate in B's new brand: B cannot use a file it does not own.
    body: (o) => privateBrand(o.certificateFileId),
    owners: ['supplierA'],
  },
  'PUT /api/supplier/brands/:id': {
    access: 'supplier',
    params: { id: 'brandId' },
    body: (o, caller) => ({ version: 1, brand: privateBrand(ownOrA(o, caller).certificateFileId) }),
    owners: ['supplierA'],
  },
  'GET /api/admin/brands': staffRoute,
  'GET /api/admin/brands/:id': { access: 'staff', params: { id: 'brandId' } },
  'POST /api/admin/brands/:id/approve': { access: 'staff', params: { id: 'brandId' } },
  'POST /api/admin/brands/:id/reject': { access: 'staff', params: { id: 'brandId' } },

  // Products and the catalog (guide 4)
  'GET /api/supplier/products': supplierRoute,
  'GET /api/supplier/products/:id': { access: 'supplier', params: { id: 'productId' }, owners: ['supplierA'] },
  'POST /api/supplier/products': {
    access: 'supplier',
    // A's brand on B's product: unknown to B (400 brand_unknown, the brand is not confirmed).
    body: (o) => productBody({ brandId: o.brandId }, o.categoryId),
    owners: ['supplierA'],
    othersGet: [400],
  },
  'PUT /api/supplier/products/:id': {
    access: 'supplier',
    params: { id: 'productId' },
    body: (o, caller) => ({ version: 1, product: productBody(ownOrA(o, caller), o.categoryId) }),
    owners: ['supplierA'],
  },
  'POST /api/supplier/products/shelf': {
    access: 'supplier',
    body: (o) => ({ ids: [o.productId], onShelf: false }),
    owners: ['supplierA'],
  },
  'DELETE /api/supplier/products/:id': {
    access: 'supplier',
    params: { id: 'removableProductId' },
    owners: ['supplierA'],
  },
  'GET /api/catalog/categories': publicRoute,
  'GET /api/catalog/products': publicRoute,
  'GET /api/catalog/products/:id': { access: 'public', params: { id: 'productId' } },
  'GET /sitemap.xml': publicRoute,

  // Orders (guide 5): the plain user bought from supplier A; every body is valid, and the owner's
  // call is refused by the order's state or version (409), so the matrix changes no order.
  'POST /api/orders/preview': { access: 'user', body: (o) => ({ lines: [{ productId: o.productId, quantity: 100 }] }) },
  'POST /api/orders': userRoute,
  'GET /api/orders': userRoute,
  'GET /api/orders/:id': { access: 'user', params: { id: 'orderId' }, owners: ['user'] },
  'POST /api/orders/:id/events': {
    access: 'user',
    params: { id: 'orderId' },
    body: () => ({ event: 'accept', version: 1 }),
    owners: ['user'],
  },
  'GET /api/supplier/orders': supplierRoute,
  'GET /api/supplier/orders/:id': { access: 'supplier', params: { id: 'orderId' }, owners: ['supplierA'] },
  'PUT /api/supplier/orders/:id/terms': {
    access: 'supplier',
    params: { id: 'orderId' },
    body: () => ({
      version: 999,
      currency: 'USD',
      lines: [{ position: 1, unitPrice: '0.11' }],
      paymentMethod: 'tt',
      paymentTerms: '100 % T/T before shipment',
      offerValidUntil: '2099-12-31',
    }),
    owners: ['supplierA'],
  },
  'POST /api/supplier/orders/:id/events': {
    access: 'supplier',
    params: { id: 'orderId' },
    body: () => ({ event: 'ship', version: 1 }),
    owners: ['supplierA'],
  },
  'POST /api/supplier/orders/:id/payments': {
    access: 'supplier',
    params: { id: 'orderId' },
    body: () => ({ kind: 'deposit', amount: '1.00', receivedOn: '2026-12-01' }),
    owners: ['supplierA'],
  },
  // "Invoice & Contract" (issue 13): the order's two parties and staff (read-only, audited) read
  // it; the other party's action is 403, anyone else 404. The matrix's order has a confirmed
  // contract (security-world.ts); the bodies carry a stale version or a wrong file, so the
  // parties' writes end in 409 or 400 and change nothing.
  'GET /api/orders/:id/documents': {
    access: 'user',
    params: { id: 'orderId' },
    owners: ['user', 'supplierA', 'staff'],
  },
  'PUT /api/orders/:id/contract': {
    access: 'user',
    params: { id: 'orderId' },
    body: () => ({ version: 999, clauses: contractClausesBody() }),
    owners: ['supplierA'],
    // The buyer (the plain user) and staff: 403, the order is theirs to see; supplier B: 404.
    othersGet: [403, 404],
  },
  'POST /api/orders/:id/contract/events': {
    access: 'user',
    params: { id: 'orderId' },
    body: (_o, caller) => ({ event: caller.role === 'supplierA' ? 'confirm' : 'accept', version: 999 }),
    owners: ['user', 'supplierA'],
    othersGet: [403, 404],
  },
  'POST /api/orders/:id/contract/signed-copies': {
    access: 'user',
    params: { id: 'orderId' },
    body: (o) => ({ versionNo: 1, fileId: o.privateFileId }),
    owners: ['user', 'supplierA'],
    othersGet: [403, 404],
  },
  'GET /api/orders/:id/contract/versions/:versionNo/pdf': {
    access: 'user',
    params: { id: 'orderId', versionNo: 'contractVersionNo' },
    owners: ['user', 'supplierA', 'staff'],
  },
  'GET /api/orders/:id/contract/signed-copies/:copyId': {
    access: 'user',
    params: { id: 'orderId', copyId: 'signedCopyId' },
    owners: ['user', 'supplierA', 'staff'],
  },
  // Invoices (issue 13, guide 5.3): one set of paths for both parties. The world's order is an
  // export order waiting for perfection, so each owner's call is refused by the order's state or
  // trade type (409/422) before any file or version is looked at, and nothing changes.
  'POST /api/orders/:id/invoices': {
    access: 'user',
    params: { id: 'orderId' },
    body: () => ({
      invoiceNumber: '26312000000012345678',
      issuedOn: '2026-12-01',
      invoiceType: 'special_vat',
      amountExclTax: '10.62',
      taxRate: '13',
      taxAmount: '1.38',
      totalAmount: '12.00',
      kind: 'full',
      fileId: '00000000-0000-4000-8000-000000000000',
    }),
    owners: ['supplierA'],
    // The buyer (and staff, read-only) see the order: recording is not theirs (403).
    othersGet: [403, 404],
  },
  // A random invoice id: 404 for everyone (the parties' own downloads are tested in the module).
  'GET /api/orders/:id/invoices/:invoiceId/file': { access: 'user', params: { id: 'orderId' } },
  'PUT /api/orders/:id/export-invoice': {
    access: 'user',
    params: { id: 'orderId' },
    body: () => ({
      version: 1,
      fields: {
        portOfLoading: 'Fuzhou',
        portOfDestination: 'Hamburg',
        shippingMarks: 'N/M',
        packing: [
          { position: 1, packages: 1, packageKind: 'carton', netWeightKg: '1', grossWeightKg: '2', volumeCbm: '0.1' },
        ],
      },
    }),
    owners: ['supplierA'],
    othersGet: [403, 404],
  },
  'POST /api/orders/:id/export-invoice/confirm': {
    access: 'user',
    params: { id: 'orderId' },
    body: () => ({ version: 1 }),
    owners: ['supplierA'],
    othersGet: [403, 404],
  },
  // The version number is not a world object (a UUID fills it: 400 for everyone).
  'GET /api/orders/:id/export-invoice/versions/:versionNo/commercial-invoice.pdf': {
    access: 'user',
    params: { id: 'orderId' },
  },
  'GET /api/orders/:id/export-invoice/versions/:versionNo/packing-list.pdf': {
    access: 'user',
    params: { id: 'orderId' },
  },
  // Not confirmed by the supplier yet: 409 for the parties and staff, 404 for anyone else.
  'GET /api/orders/:id/proforma-invoice.pdf': {
    access: 'user',
    params: { id: 'orderId' },
    owners: ['user', 'supplierA', 'staff'],
  },
  'GET /api/admin/orders': staffRoute,
  'GET /api/admin/orders/:id': { access: 'staff', params: { id: 'orderId' } },
  // Buyers (issue 12): any signed-in account may buy; another account's entries are 404
  'GET /api/buyer/profile': userRoute,
  // No version: a first save for those without buyer information, 409 for those with it.
  'PUT /api/buyer/profile': { access: 'user', body: () => ({ buyer: chineseBuyer() }) },
  'GET /api/buyer/addresses': userRoute,
  'POST /api/buyer/addresses': { access: 'user', body: () => addressBody() },
  'PUT /api/buyer/addresses/:id': {
    access: 'user',
    params: { id: 'buyerAddressId' },
    body: () => ({ version: 1, address: addressBody() }),
    owners: ['supplierA'],
  },
  'DELETE /api/buyer/addresses/:id': {
    access: 'user',
    params: { id: 'removableBuyerAddressId' },
    query: () => ({ version: '1' }),
    owners: ['supplierA'],
  },
  'POST /api/buyer/addresses/:id/default': { access: 'user', params: { id: 'buyerAddressId' }, owners: ['supplierA'] },
  'GET /api/buyer/invoice-profiles': userRoute,
  'POST /api/buyer/invoice-profiles': { access: 'user', body: () => specialVatBody() },
  'PUT /api/buyer/invoice-profiles/:id': {
    access: 'user',
    params: { id: 'invoiceProfileId' },
    body: () => ({ version: 1, profile: specialVatBody() }),
    owners: ['supplierA'],
  },
  'DELETE /api/buyer/invoice-profiles/:id': {
    access: 'user',
    params: { id: 'removableInvoiceProfileId' },
    query: () => ({ version: '1' }),
    owners: ['supplierA'],
  },
  'POST /api/buyer/invoice-profiles/:id/default': {
    access: 'user',
    params: { id: 'invoiceProfileId' },
    owners: ['supplierA'],
  },
};
