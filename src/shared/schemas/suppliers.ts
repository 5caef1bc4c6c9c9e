import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { rowVersion } from './numbers.js';
import { safeMultilineText, safeName, safeText } from './text.js';
import { COUNTRY_CODES } from '../countries.js';
import { creditCodeProblem } from '../validation/credit-code.js';
import { SUPPLIER_APPLICATION_STATES } from '../state-machines/supplier-application.js';

/** ISO 3166-1 alpha-2 regions, kept in their own module so the web app can have them without zod. */
export { COUNTRY_CODES };
export const MAINLAND_CHINA = 'CN';

export const COMPANY_TYPES = [
  'limited_liability',
  'joint_stock',
  'sole_proprietorship',
  'partnership',
  'state_owned',
  'foreign_invested',
  'individual_business',
  'other',
] as const;

export const MATERIAL_TYPES = [
  'business_licence',
  'legal_representative_id',
  'tax_registration',
  'bank_account_licence',
  'import_export_licence',
  'quality_certificate',
  'other',
] as const;
export type MaterialType = (typeof MATERIAL_TYPES)[number];
export const REQUIRED_MATERIALS: readonly MaterialType[] = ['business_licence'];

export const CAPITAL_CURRENCIES = ['CNY', 'USD', 'EUR', 'RUB', 'HKD', 'JPY', 'GBP'] as const;

export const REJECTION_CODES = [
  'unclear_copy',
  'expired_document',
  'information_mismatch',
  'missing_information',
  'invalid_registration',
  'not_eligible',
  'other',
] as const;

const text = (max: number) => safeText('required').trim().min(1, 'required').max(max, 'too_long');
const name = (max: number) => safeName('required').trim().min(1, 'required').max(max, 'too_long');
const multiline = (max: number) => safeMultilineText('required').trim().min(1, 'required').max(max, 'too_long');
const optionalText = (max: number) => safeText().trim().max(max, 'too_long').optional();
const optionalName = (max: number) => safeName().trim().max(max, 'too_long').optional();
const optionalMultiline = (max: number) => safeMultilineText().trim().max(max, 'too_long').optional();

/** Company details as typed; in a draft every field may still be missing. */
export const companyDraftSchema = z.object({
  companyNameZh: optionalName(200),
  companyNameEn: optionalName(200),
  companyType: z.enum(COMPANY_TYPES, 'required').optional(),
  country: z.enum(COUNTRY_CODES as [string, ...string[]], 'country_invalid').optional(),
  creditCode: safeText()
    .trim()
    .toUpperCase()
    .optional()
    .superRefine((value, ctx) => {
      const problem = value ? creditCodeProblem(value) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  registrationNumber: optionalText(50),
  legalRepresentative: optionalName(100),
  registeredAddress: optionalText(300),
  businessAddress: optionalText(300),
  dateEstablished: z.iso.date('date_invalid').optional(),
  registeredCapitalAmount: safeText()
    .trim()
    .regex(/^\d{1,15}(\.\d{1,2})?$/, 'amount_invalid')
    .optional(),
  registeredCapitalCurrency: z.enum(CAPITAL_CURRENCIES, 'required').optional(),
  businessScope: optionalMultiline(2000),
  mainProducts: optionalMultiline(500),
  contactPerson: optionalName(100),
  contactPhone: optionalText(40),
  contactEmail: safeText().trim().max(254, 'email_invalid').pipe(z.email('email_invalid')).optional(),
  website: safeText()
    .trim()
    .max(300, 'too_long')
    .pipe(z.url({ protocol: /^https?$/, error: 'url_invalid' }))
    .optional(),
});
export type CompanyDraft = z.infer<typeof companyDraftSchema>;

/**
 * Everything needed to submit. Mainland companies give the Chinese name and the unified
 * social credit code; others give their registration number. The phone must be valid for
 * the company's country.
 */
export const companySubmitSchema = companyDraftSchema
  .extend({
    companyNameEn: name(200),
    companyType: z.enum(COMPANY_TYPES, 'required'),
    country: z.enum(COUNTRY_CODES as [string, ...string[]], 'required'),
    legalRepresentative: name(100),
    registeredAddress: text(300),
    businessAddress: text(300),
    dateEstablished: z.iso.date({ error: (issue) => (issue.input === undefined ? 'required' : 'date_invalid') }),
    businessScope: multiline(2000),
    mainProducts: multiline(500),
    contactPerson: name(100),
    contactPhone: text(40),
    contactEmail: safeText('required')
      .trim()
      .min(1, 'required')
      .max(254, 'email_invalid')
      .pipe(z.email('email_invalid')),
  })
  .superRefine(
    (c, ctx) => {
      // Runs even when other fields are missing, so the applicant sees every problem at once;
      // a field that failed its own check may hold anything here, hence the guards.
      const country = typeof c.country === 'string' && COUNTRY_CODES.includes(c.country) ? c.country : undefined;
      if (country === MAINLAND_CHINA) {
        if (!c.companyNameZh) ctx.addIssue({ code: 'custom', path: ['companyNameZh'], message: 'required' });
        if (!c.creditCode) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: 'required' });
      } else if (country && !c.registrationNumber) {
        ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: 'required' });
      }
      if (country && typeof c.contactPhone === 'string' && c.contactPhone) {
        if (!isValidPhoneNumber(c.contactPhone, country as CountryCode)) {
          ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: 'phone_invalid' });
        }
      }
      const established = typeof c.dateEstablished === 'string' ? c.dateEstablished : '';
      if (/^\d{4}-\d{2}-\d{2}$/.test(established) && established > new Date().toISOString().slice(0, 10)) {
        ctx.addIssue({ code: 'custom', path: ['dateEstablished'], message: 'date_in_future' });
      }
      if (c.registeredCapitalAmount && !c.registeredCapitalCurrency) {
        ctx.addIssue({ code: 'custom', path: ['registeredCapitalCurrency'], message: 'required' });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export const fileInfoSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
});
export type FileInfo = z.infer<typeof fileInfoSchema>;

export const materialSchema = z.object({ id: z.uuid(), type: z.enum(MATERIAL_TYPES), file: fileInfoSchema });

export const rejectionReasonSchema = z.object({
  /** "company.<field>", "material:<material id>" or "general". */
  target: safeText().regex(/^(company\.[a-zA-Z]+|material:[0-9a-f-]{36}|general)$/, 'target_invalid'),
  code: z.enum(REJECTION_CODES),
  note: safeMultilineText().trim().max(1000, 'too_long').optional(),
});
export type RejectionReason = z.infer<typeof rejectionReasonSchema>;

export const applicationSchema = z.object({
  id: z.uuid(),
  status: z.enum(SUPPLIER_APPLICATION_STATES),
  version: z.number().int(),
  company: companyDraftSchema,
  materials: z.array(materialSchema),
  submittedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejection: z.object({ reasons: z.array(rejectionReasonSchema), note: z.string().nullable() }).nullable(),
});
export type Application = z.infer<typeof applicationSchema>;
export const applicationResponseSchema = z.object({ application: applicationSchema.nullable() });

export const saveApplicationRequestSchema = z.object({
  /** Omitted for the first save; then the version read, for optimistic locking. */
  version: rowVersion.optional(),
  company: companyDraftSchema,
});
export const addMaterialRequestSchema = z.object({
  version: rowVersion,
  type: z.enum(MATERIAL_TYPES),
  fileId: z.uuid(),
});
export const versionRequestSchema = z.object({ version: rowVersion });
export const rejectRequestSchema = z.object({
  version: rowVersion,
  reasons: z.array(rejectionReasonSchema).min(1, 'reason_required').max(50),
  note: safeMultilineText().trim().max(2000, 'too_long').optional(),
});

/** Corporate information an approved supplier furnishes (guide 2.2). */
export const EMPLOYEE_RANGES = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1000+'] as const;
export const MARKET_REGIONS = [
  'domestic',
  'north_america',
  'south_america',
  'western_europe',
  'eastern_europe',
  'russia_cis',
  'middle_east',
  'africa',
  'south_asia',
  'southeast_asia',
  'east_asia',
  'oceania',
] as const;

const profileText = z.object({
  profile: safeMultilineText().trim().min(20, 'profile_too_short').max(5000, 'too_long'),
  mainProducts: safeMultilineText().trim().max(500, 'too_long').optional(),
});

export const supplierProfileInputSchema = z.object({
  version: rowVersion,
  logoFileId: z.uuid().nullable(),
  photoFileIds: z.array(z.uuid()).max(10, 'too_many'),
  yearEstablished: z
    .number()
    .int()
    .min(1800, 'year_invalid')
    .max(new Date().getUTCFullYear(), 'year_invalid')
    .nullable(),
  employeeRange: z.enum(EMPLOYEE_RANGES).nullable(),
  mainMarkets: z.array(z.enum(MARKET_REGIONS)).max(MARKET_REGIONS.length),
  certifications: z.array(safeText().trim().min(1).max(100, 'too_long')).max(20, 'too_many'),
  contactEmail: safeText().trim().max(254).pipe(z.email('email_invalid')).nullable(),
  contactPhone: safeText().trim().max(40, 'too_long').nullable(),
  website: safeText()
    .trim()
    .max(300)
    .pipe(z.url({ protocol: /^https?$/, error: 'url_invalid' }))
    .nullable(),
  /** Chinese and English required; Russian and Spanish optional (shown in English until filled). */
  translations: z.object({
    'zh-CN': profileText,
    en: profileText,
    ru: profileText.optional(),
    es: profileText.optional(),
  }),
});
export type SupplierProfileInput = z.infer<typeof supplierProfileInputSchema>;

export const supplierProfileSchema = supplierProfileInputSchema.extend({
  id: z.uuid(),
  nameZh: z.string().nullable(),
  nameEn: z.string(),
  country: z.string(),
  approvedAt: z.string(),
  logo: fileInfoSchema.nullable(),
  photos: z.array(fileInfoSchema),
  translations: z.object({
    'zh-CN': profileText.nullable(),
    en: profileText.nullable(),
    ru: profileText.nullable(),
    es: profileText.nullable(),
  }),
});
export type SupplierProfile = z.infer<typeof supplierProfileSchema>;

export const publicSupplierSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nameZh: z.string().nullable(),
  nameEn: z.string(),
  country: z.string(),
  approvedAt: z.string(),
  logo: fileInfoSchema.nullable(),
  photos: z.array(fileInfoSchema),
  yearEstablished: z.number().nullable(),
  employeeRange: z.enum(EMPLOYEE_RANGES).nullable(),
  mainMarkets: z.array(z.enum(MARKET_REGIONS)),
  certifications: z.array(z.string()),
  profile: z.string().nullable(),
  mainProducts: z.string().nullable(),
  /** The locale the profile text is in (English when the visitor's language is missing). */
  contentLocale: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  website: z.string().nullable(),
});
export type PublicSupplier = z.infer<typeof publicSupplierSchema>;
