/**
 * The cast of the authorization matrix: one signed-in account per role, and supplier A's objects
 * (brand, product, files, application, a second session) that everyone else must not reach.
 */
import { eq } from 'drizzle-orm';
import type { RouteOptions } from 'fastify';
import { supplierApplications, suppliers } from '../modules/suppliers/suppliers.tables.js';
import { conversationReports } from '../modules/messages/messages.tables.js';
import { resolveSession } from '../modules/accounts/session.repo.js';
import { futureClock, login, uniqueIp } from './accounts-fixtures.js';
import { addAddress, addInvoiceProfile } from './buyer-fixtures.js';
import { certificate, fastSupplier, type TestSupplier } from './brand-fixtures.js';
import { categoryId, createProduct, insertBrand, productBody, type CatalogTestApp } from './catalog-fixtures.js';
import { createCountingTestDatabase } from './query-counter.js';
import { insertOrderRow } from './order-fixtures.js';
import { insertConfirmedContract } from './contract-fixtures.js';
import { call, getApplication, makeUser, submittedApplication, upload, type TestUser } from './supplier-fixtures.js';
import { startTestApp } from './test-app.js';
import { loginStaff } from './two-factor-fixtures.js';
import { png } from './upload-corpus.js';

/** 'staff' is a reviewer; 'admin' an administrator (who also has the review consoles). */
export const ROLES = ['visitor', 'user', 'applicant', 'supplierA', 'supplierB', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a supplier owns that its own requests may name (so B's bodies are valid for B). */
export interface SupplierOwn {
  supplierId: string;
  brandId: string;
  certificateFileId: string;
}

export interface Caller {
  role: Role;
  /** Undefined for the visitor. */
  account?: TestUser;
  /** Set for supplier A and supplier B. */
  own?: SupplierOwn;
}

/** Objects a route can name in its path, query or body; A owns them unless said otherwise. */
export interface WorldObjects {
  supplierId: string;
  applicationId: string;
  brandId: string;
  certificateFileId: string;
  productId: string;
  /** A second product, for the route that removes one. */
  removableProductId: string;
  /** A private upload (supplier material) of A. */
  privateFileId: string;
  /** A's second session (not the one the matrix calls with). */
  sessionId: string;
  categoryId: string;
  /** The applicant's submitted application and its material. */
  applicantApplicationId: string;
  applicantApplicationVersion: number;
  applicantMaterialId: string;
  /** An order the plain user placed with supplier A. */
  orderId: string;
  /** Its contract's confirmed version and supplier A's signed copy of it. */
  contractVersionNo: number;
  signedCopyId: string;
  /** A's delivery addresses and invoice profiles (the second of each for the route that deletes one). */
  buyerAddressId: string;
  removableBuyerAddressId: string;
  invoiceProfileId: string;
  removableInvoiceProfileId: string;
  /** The conversation between the plain user (buyer) and supplier A, its attached file and the user's report on it. */
  conversationId: string;
  messageFileId: string;
  messageReportId: string;
}

export interface SecurityWorld {
  t: CatalogTestApp;
  callers: Record<Role, Caller>;
  objects: WorldObjects;
  /** A fresh session for a caller whose session a route ended (logout). */
  signInAgain(role: Role): Promise<void>;
}

async function ownOf(t: CatalogTestApp, supplier: TestSupplier): Promise<SupplierOwn> {
  const brand = await insertBrand(t, supplier);
  return { supplierId: supplier.supplierId, brandId: brand.id, certificateFileId: await certificate(t.app, supplier) };
}

/** The app (with `onRoute` seeing every route) and the whole cast, made through the real endpoints where cheap. */
export async function createSecurityWorld(onRoute: (route: RouteOptions) => void): Promise<SecurityWorld> {
  const clock = futureClock();
  const database = await createCountingTestDatabase();
  const t: CatalogTestApp = { ...(await startTestApp(database, { clock, onRoute })), database, clock };

  const staff = await makeUser(t, { staff: true });
  const admin = await makeUser(t, { admin: true });
  const user = await makeUser(t);
  const applicant = await makeUser(t);
  const submitted = await submittedApplication(t.app, applicant);
  const supplierA = await fastSupplier(t);
  const supplierB = await fastSupplier(t);
  const [ownA, ownB] = [await ownOf(t, supplierA), await ownOf(t, supplierB)];

  const category = await categoryId(t, 'hardware-fasteners');
  const product = await createProduct(t, supplierA, productBody(ownA, category));
  const removable = await createProduct(t, supplierA, productBody(ownA, category, { modelNumber: 'HB-02' }));
  const privateFile = await upload(t.app, supplierA.cookie, 'supplier_material', 'licence.pdf');
  await upload(t.app, supplierA.cookie, 'company_logo', 'logo.png', await png());
  const [application] = await t.database.db
    .select({ id: supplierApplications.id })
    .from(supplierApplications)
    .where(eq(supplierApplications.userId, supplierA.id));
  const secondCookie = await login(t.app, supplierA.accountName, supplierA.password, { ip: uniqueIp() });
  const second = await resolveSession(t.database.db, suppliers, secondCookie.replace(/^br_session=/, ''), clock.now());
  const applicantApplication = await getApplication(t.app, applicant.cookie);
  const orderId = await insertOrderRow(t.database.db, {
    buyerUserId: user.id,
    supplierId: supplierA.supplierId,
    productId: product.id,
  });
  const contract = await insertConfirmedContract(t.database.db, orderId, {
    supplierUserId: supplierA.id,
    fileId: privateFile.id,
  });
  const [address, removableAddress] = [
    await addAddress(t.app, supplierA.cookie),
    await addAddress(t.app, supplierA.cookie),
  ];
  const [invoice, removableInvoice] = [
    await addInvoiceProfile(t.app, supplierA.cookie),
    await addInvoiceProfile(t.app, supplierA.cookie),
  ];

  // The communication window: user ↔ supplier A, a picture the user attached, the user's report.
  const conversation = await call(t.app, 'POST', '/api/conversations', {
    cookie: user.cookie,
    payload: { supplierId: supplierA.supplierId },
  });
  const conversationId = conversation.json<{ conversation: { id: string } }>().conversation.id;
  const messageFile = await upload(t.app, user.cookie, 'message_attachment', 'photo.png', await png());
  await call(t.app, 'POST', `/api/conversations/${conversationId}/messages`, {
    cookie: user.cookie,
    payload: { body: 'See the photo', attachmentFileIds: [messageFile.id] },
  });
  await call(t.app, 'POST', `/api/conversations/${conversationId}/reports`, {
    cookie: user.cookie,
    payload: { reason: 'spam' },
  });
  const [report] = await t.database.db
    .select({ id: conversationReports.id })
    .from(conversationReports)
    .where(eq(conversationReports.conversationId, conversationId));

  const callers: Record<Role, Caller> = {
    visitor: { role: 'visitor' },
    user: { role: 'user', account: user },
    applicant: { role: 'applicant', account: applicant },
    supplierA: { role: 'supplierA', account: supplierA, own: ownA },
    supplierB: { role: 'supplierB', account: supplierB, own: ownB },
    staff: { role: 'staff', account: staff },
    admin: { role: 'admin', account: admin },
  };
  return {
    t,
    callers,
    objects: {
      supplierId: supplierA.supplierId,
      applicationId: application!.id,
      brandId: ownA.brandId,
      certificateFileId: ownA.certificateFileId,
      productId: product.id,
      removableProductId: removable.id,
      privateFileId: privateFile.id,
      sessionId: second!.sessionId,
      categoryId: category,
      applicantApplicationId: submitted.id,
      applicantApplicationVersion: applicantApplication!.version,
      applicantMaterialId: submitted.materials[0]!.id,
      orderId,
      contractVersionNo: contract.versionNo,
      signedCopyId: contract.signedCopyId,
      buyerAddressId: address.id,
      removableBuyerAddressId: removableAddress.id,
      invoiceProfileId: invoice.id,
      removableInvoiceProfileId: removableInvoice.id,
      conversationId,
      messageFileId: messageFile.id,
      messageReportId: report!.id,
    },
    async signInAgain(role) {
      const account = callers[role].account;
      if (!account) return;
      // Staff sign in with both steps (their authenticator was enrolled by makeUser).
      const cookie = account.totpSecret
        ? await loginStaff(t, { ...account, totpSecret: account.totpSecret })
        : await login(t.app, account.accountName, account.password, { remember: true, ip: uniqueIp() });
      callers[role] = { ...callers[role], account: { ...account, cookie } };
    },
  };
}
