import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { COUNTRY_CODES } from '../countries.js';
import { creditCodeProblem } from '../validation/credit-code.js';
import { normalizeTaxpayerId, taxpayerIdProblem } from '../validation/taxpayer-id.js';
import { rowVersion } from './numbers.js';
import { safeName, safeText } from './text.js';

/**
 * The buyers API (issue 12; docs/web-buyers.md). Shared by the routes and the web app.
 *
 * GET/PUT /api/buyer/profile · GET/POST /api/buyer/addresses · PUT/DELETE /api/buyer/addresses/:id ·
 * POST /api/buyer/addresses/:id/default · the same for /api/buyer/invoice-profiles.
 */

export const BUYER_MAINLAND_CHINA = 'CN';
export const MAX_ADDRESSES = 20;
export const MAX_INVOICE_PROFILES = 10;
/** 普通发票 ordinary invoice, 增值税专用发票 special VAT invoice. */
export const INVOICE_TYPES = ['ordinary', 'special_vat'] as const;
export type InvoiceType = (typeof INVOICE_TYPES)[number];

const text = (max: number) => safeText('required').trim().min(1, 'required').max(max, 'too_long');
const name = (max: number) => safeName('required').trim().min(1, 'required').max(max, 'too_long');
const optionalText = (max: number) => safeText().trim().max(max, 'too_long').optional();
const optionalName = (max: number) => safeName().trim().max(max, 'too_long').optional();
const country = z.enum(COUNTRY_CODES as [string, ...string[]], 'country_invalid');
const phone = text(40);
const email = safeText('required').trim().min(1, 'required').max(254, 'email_invalid').pipe(z.email('email_invalid'));

/** The country, when the object's own check of it passed (superRefine runs on partial input too). */
const knownCountry = (value: unknown): string | undefined =>
  typeof value === 'string' && COUNTRY_CODES.includes(value) ? value : undefined;

/** A phone that libphonenumber does not accept for `region` is refused on `path`. */
function checkPhone(ctx: z.RefinementCtx, value: unknown, region: string | undefined, path: string): void {
  if (!region || typeof value !== 'string' || !value) return;
  if (!isValidPhoneNumber(value, region as CountryCode)) {
    ctx.addIssue({ code: 'custom', path: [path], message: 'phone_invalid' });
  }
}

const onObjects = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

// ---- Buyer information ------------------------------------------------------------------------

const buyerInfoFields = z.object({
  companyNameZh: optionalName(200),
  companyNameEn: optionalName(200),
  country,
  registeredAddress: text(300),
  contactPerson: name(100),
  phone,
  email,
  /** Unified social credit code: required for mainland China, checked whenever given. */
  creditCode: safeText()
    .trim()
    .toUpperCase()
    .optional()
    .superRefine((value, ctx) => {
      const problem = value ? creditCodeProblem(value) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
});

/**
 * "Buyer information": the buyer party of every contract. At least one company name (Chinese or
 * English); a mainland Chinese buyer gives the unified social credit code; the phone must be valid
 * for the country.
 */
export const buyerInfoSchema = buyerInfoFields.superRefine((b, ctx) => {
  if (!b.companyNameZh && !b.companyNameEn) {
    for (const path of ['companyNameZh', 'companyNameEn']) {
      ctx.addIssue({ code: 'custom', path: [path], message: 'company_name_one_required' });
    }
  }
  const region = knownCountry(b.country);
  if (region === BUYER_MAINLAND_CHINA && !b.creditCode) {
    ctx.addIssue({ code: 'custom', path: ['creditCode'], message: 'required' });
  }
  checkPhone(ctx, b.phone, region, 'phone');
}, onObjects);
export type BuyerInfo = z.infer<typeof buyerInfoSchema>;

/** Create (no version) or update (the version read, for optimistic locking). */
export const saveBuyerProfileRequestSchema = z.object({ version: rowVersion.optional(), buyer: buyerInfoSchema });
export type SaveBuyerProfileRequest = z.infer<typeof saveBuyerProfileRequestSchema>;

export const buyerProfileSchema = z.object({
  companyNameZh: z.string().nullable(),
  companyNameEn: z.string().nullable(),
  country: z.string(),
  registeredAddress: z.string(),
  contactPerson: z.string(),
  phone: z.string(),
  email: z.string(),
  creditCode: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type BuyerProfile = z.infer<typeof buyerProfileSchema>;

export const buyerProfileResponseSchema = z.object({
  profile: buyerProfileSchema.nullable(),
  /** Whether the buyer information is complete: an order cannot be submitted before. */
  complete: z.boolean(),
});
export type BuyerProfileResponse = z.infer<typeof buyerProfileResponseSchema>;

// ---- Delivery addresses -----------------------------------------------------------------------

export const addressInputSchema = z
  .object({
    recipient: name(100),
    phone,
    country,
    region: optionalText(100),
    city: text(100),
    addressLine: text(300),
    postalCode: safeText()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,11}$/, 'postal_code_invalid')
      .optional(),
    /** true makes it the default (the previous default stops being one). */
    isDefault: z.boolean().optional(),
  })
  .superRefine((a, ctx) => checkPhone(ctx, a.phone, knownCountry(a.country), 'phone'), onObjects);
export type AddressInput = z.infer<typeof addressInputSchema>;

/** What an order copies of a delivery address (frozen: later edits change no order). */
export const addressSnapshotSchema = z.object({
  recipient: z.string(),
  phone: z.string(),
  country: z.string(),
  region: z.string().nullable(),
  city: z.string(),
  addressLine: z.string(),
  postalCode: z.string().nullable(),
});
export type AddressSnapshot = z.infer<typeof addressSnapshotSchema>;

/** What an order copies of an invoice profile. */
export const invoiceProfileSnapshotSchema = z.object({
  invoiceType: z.enum(INVOICE_TYPES),
  title: z.string(),
  taxpayerId: z.string(),
  registeredAddress: z.string().nullable(),
  registeredPhone: z.string().nullable(),
  bankName: z.string().nullable(),
  bankAccount: z.string().nullable(),
});
export type InvoiceProfileSnapshot = z.infer<typeof invoiceProfileSnapshotSchema>;

/** An address-book entry: the fields an order copies (its snapshot) and the entry's own. */
export const addressSchema = addressSnapshotSchema.extend({
  id: z.uuid(),
  isDefault: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Address = z.infer<typeof addressSchema>;

// ---- Invoice profiles -------------------------------------------------------------------------

const taxpayerId = safeText('required')
  .trim()
  .min(1, 'required')
  .max(20, 'taxpayer_id_invalid')
  .transform(normalizeTaxpayerId)
  .superRefine((value, ctx) => {
    const problem = taxpayerIdProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Digits only, 8–30 of them; spaces between groups are dropped. */
const bankAccount = safeText()
  .trim()
  .transform((v) => v.replace(/ /g, ''))
  .pipe(z.string().regex(/^\d{8,30}$/, 'bank_account_invalid'))
  .optional();

const SPECIAL_VAT_REQUIRED = ['registeredAddress', 'registeredPhone', 'bankName', 'bankAccount'] as const;

/**
 * A domestic (Chinese) invoice profile: type, title (抬头), taxpayer identification number; a
 * special VAT invoice also needs the registered address and phone, the bank and the account.
 */
export const invoiceProfileInputSchema = z
  .object({
    invoiceType: z.enum(INVOICE_TYPES, { error: (issue) => (issue.input === undefined ? 'required' : 'invalid') }),
    title: name(200),
    taxpayerId,
    registeredAddress: optionalText(300),
    /** A Chinese phone (landline with area code, or mobile): invoices are domestic. */
    registeredPhone: optionalText(40),
    bankName: optionalText(100),
    bankAccount,
    isDefault: z.boolean().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.invoiceType === 'special_vat') {
      for (const field of SPECIAL_VAT_REQUIRED) {
        if (!p[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'required' });
      }
    }
    checkPhone(ctx, p.registeredPhone, BUYER_MAINLAND_CHINA, 'registeredPhone');
  }, onObjects);
export type InvoiceProfileInput = z.infer<typeof invoiceProfileInputSchema>;

/** An invoice profile: the fields an order copies (its snapshot) and the entry's own. */
export const invoiceProfileSchema = invoiceProfileSnapshotSchema.extend({
  id: z.uuid(),
  isDefault: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type InvoiceProfile = z.infer<typeof invoiceProfileSchema>;

// ---- Requests and answers shared by both lists ------------------------------------------------

export const updateAddressRequestSchema = z.object({ version: rowVersion, address: addressInputSchema });
export const updateInvoiceProfileRequestSchema = z.object({ version: rowVersion, profile: invoiceProfileInputSchema });
/** DELETE …/:id?version=N: the version read, so a changed entry is not removed unseen. */
export const deleteQuerySchema = z.object({ version: z.coerce.number().pipe(rowVersion) });

export const addressListSchema = z.object({ addresses: z.array(addressSchema) });
export const invoiceProfileListSchema = z.object({ profiles: z.array(invoiceProfileSchema) });
