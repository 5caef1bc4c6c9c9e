import { z } from 'zod';
import { rowVersion } from './numbers.js';
import { safeMultilineText, safeName, safeText } from './text.js';
import { BRAND_STATES } from '../state-machines/brand.js';
import { COUNTRY_CODES, fileInfoSchema, REJECTION_CODES } from './suppliers.js';

export const BRAND_KINDS = ['private', 'agency'] as const;
export type BrandKind = (typeof BRAND_KINDS)[number];
export const CERTIFICATE_KINDS = ['registration', 'application_receipt'] as const;
export const AUTHORIZATION_LEVELS = ['direct', 'sub_authorized'] as const;

/** Days before the end of a trademark or authorization when the supplier is reminded. */
export const BRAND_REMINDER_DAYS = [30, 7] as const;

const optionalText = (max: number) => safeText().trim().max(max, 'too_long').optional();
const optionalName = (max: number) => safeName().trim().max(max, 'too_long').optional();
const requiredText = (max: number) => safeText('required').trim().min(1, 'required').max(max, 'too_long');
const date = z.iso.date({ error: (issue) => (issue.input === undefined ? 'required' : 'date_invalid') });

/** "New Brand" (private) and "New Agency Brand" share the brand facts; agency adds the authorization. */
export const brandInputSchema = z
  .object({
    kind: z.enum(BRAND_KINDS),
    nameZh: optionalName(100),
    nameEn: optionalName(100),
    logoFileId: z.uuid().optional(),
    trademarkNumber: requiredText(50),
    trademarkCountry: z.enum(COUNTRY_CODES as [string, ...string[]], 'required'),
    niceClasses: z
      .array(z.number().int().min(1, 'nice_class_invalid').max(45, 'nice_class_invalid'))
      .min(1, 'required')
      .max(45),
    certificateKind: z.enum(CERTIFICATE_KINDS),
    certificateFileId: z.uuid('required'),
    /** Required for a registration certificate; an application receipt may have none yet. */
    trademarkValidUntil: z.iso.date('date_invalid').optional(),
    brandOwner: optionalName(200),
    authorizationFileId: z.uuid().optional(),
    authorizationLevel: z.enum(AUTHORIZATION_LEVELS).optional(),
    authorizationChain: safeMultilineText().trim().max(1000, 'too_long').optional(),
    territory: optionalText(300),
    authorizationStart: date.optional(),
    authorizationEnd: date.optional(),
  })
  .superRefine((b, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!b.nameZh && !b.nameEn) issue('nameEn', 'brand_name_required');
    if (b.certificateKind === 'registration' && !b.trademarkValidUntil) issue('trademarkValidUntil', 'required');
    if (b.kind === 'agency') {
      if (!b.brandOwner) issue('brandOwner', 'required');
      if (!b.authorizationFileId) issue('authorizationFileId', 'required');
      if (!b.authorizationLevel) issue('authorizationLevel', 'required');
      if (b.authorizationLevel === 'sub_authorized' && !b.authorizationChain) issue('authorizationChain', 'required');
      if (!b.territory) issue('territory', 'required');
      if (!b.authorizationStart) issue('authorizationStart', 'required');
      if (!b.authorizationEnd) issue('authorizationEnd', 'required');
      if (b.authorizationStart && b.authorizationEnd && b.authorizationEnd <= b.authorizationStart) {
        issue('authorizationEnd', 'end_before_start');
      }
    }
  });
export type BrandInput = z.infer<typeof brandInputSchema>;

export const brandUpdateSchema = z.object({ version: rowVersion, brand: brandInputSchema });

export const brandRejectionReasonSchema = z.object({
  /** "brand.<field>" or "general". */
  target: safeText().regex(/^(brand\.[a-zA-Z]+|general)$/, 'target_invalid'),
  code: z.enum(REJECTION_CODES),
  note: safeMultilineText().trim().max(1000, 'too_long').optional(),
});

export const brandSchema = z.object({
  id: z.uuid(),
  supplierId: z.uuid(),
  kind: z.enum(BRAND_KINDS),
  status: z.enum(BRAND_STATES),
  version: z.number().int(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  logo: fileInfoSchema.nullable(),
  trademarkNumber: z.string(),
  trademarkCountry: z.string(),
  niceClasses: z.array(z.number().int()),
  certificateKind: z.enum(CERTIFICATE_KINDS),
  certificate: fileInfoSchema,
  trademarkValidUntil: z.string().nullable(),
  brandOwner: z.string().nullable(),
  authorization: fileInfoSchema.nullable(),
  authorizationLevel: z.enum(AUTHORIZATION_LEVELS).nullable(),
  authorizationChain: z.string().nullable(),
  territory: z.string().nullable(),
  authorizationStart: z.string().nullable(),
  authorizationEnd: z.string().nullable(),
  /** The earlier of the trademark validity and the authorization end. */
  validUntil: z.string().nullable(),
  submittedAt: z.string(),
  dueAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejection: z.object({ reasons: z.array(brandRejectionReasonSchema), note: z.string().nullable() }).nullable(),
  expiredAt: z.string().nullable(),
});
export type Brand = z.infer<typeof brandSchema>;

export const brandRejectRequestSchema = z.object({
  version: rowVersion,
  reasons: z.array(brandRejectionReasonSchema).min(1, 'reason_required').max(30),
  note: safeMultilineText().trim().max(2000, 'too_long').optional(),
});
