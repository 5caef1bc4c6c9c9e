import {
  type AUTHORIZATION_LEVELS,
  type Brand,
  brandInputSchema,
  type BrandInput,
  type BrandKind,
  type CERTIFICATE_KINDS,
} from '../../../shared/schemas/brands.js';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import { ApiError } from '../../api/client.js';
import { issueCode } from '../../hooks/useFieldErrors.js';

/** The form's fields, named as in the API (so server details and rejection targets map 1:1). */
export const BRAND_FIELDS = [
  'nameZh',
  'nameEn',
  'logoFileId',
  'trademarkNumber',
  'trademarkCountry',
  'niceClasses',
  'certificateKind',
  'certificateFileId',
  'trademarkValidUntil',
  'brandOwner',
  'authorizationFileId',
  'authorizationLevel',
  'authorizationChain',
  'territory',
  'authorizationStart',
  'authorizationEnd',
] as const;
export type BrandField = (typeof BRAND_FIELDS)[number];

export const AGENCY_FIELDS: readonly BrandField[] = [
  'brandOwner',
  'authorizationFileId',
  'authorizationLevel',
  'authorizationChain',
  'territory',
  'authorizationStart',
  'authorizationEnd',
];

/** Fields a reviewer's reason may point at ("brand.<field>"): the server names all but the certificate kind. */
export function reasonFields(kind: BrandKind): BrandField[] {
  return BRAND_FIELDS.filter((f) => f !== 'certificateKind' && (kind === 'agency' || !AGENCY_FIELDS.includes(f)));
}

export const NICE_CLASSES = Array.from({ length: 45 }, (_, i) => i + 1);

export interface BrandValues {
  nameZh: string;
  nameEn: string;
  logo: FileInfo | null;
  trademarkNumber: string;
  trademarkCountry: string;
  niceClasses: number[];
  certificateKind: (typeof CERTIFICATE_KINDS)[number];
  certificate: FileInfo | null;
  trademarkValidUntil: string;
  brandOwner: string;
  authorization: FileInfo | null;
  authorizationLevel: (typeof AUTHORIZATION_LEVELS)[number] | '';
  authorizationChain: string;
  territory: string;
  authorizationStart: string;
  authorizationEnd: string;
}

export const emptyBrandValues = (): BrandValues => ({
  nameZh: '',
  nameEn: '',
  logo: null,
  trademarkNumber: '',
  trademarkCountry: '',
  niceClasses: [],
  certificateKind: 'registration',
  certificate: null,
  trademarkValidUntil: '',
  brandOwner: '',
  authorization: null,
  authorizationLevel: '',
  authorizationChain: '',
  territory: '',
  authorizationStart: '',
  authorizationEnd: '',
});

export function brandToValues(brand: Brand): BrandValues {
  return {
    nameZh: brand.nameZh ?? '',
    nameEn: brand.nameEn ?? '',
    logo: brand.logo,
    trademarkNumber: brand.trademarkNumber,
    trademarkCountry: brand.trademarkCountry,
    niceClasses: [...brand.niceClasses],
    certificateKind: brand.certificateKind,
    certificate: brand.certificate,
    trademarkValidUntil: brand.trademarkValidUntil ?? '',
    brandOwner: brand.brandOwner ?? '',
    authorization: brand.authorization,
    authorizationLevel: brand.authorizationLevel ?? '',
    authorizationChain: brand.authorizationChain ?? '',
    territory: brand.territory ?? '',
    authorizationStart: brand.authorizationStart ?? '',
    authorizationEnd: brand.authorizationEnd ?? '',
  };
}

/**
 * "Renew" an expired brand: the same facts, but the document that ran out (the trademark
 * certificate, the authorization, or both) and its dates are left empty for the new ones.
 */
export function renewalValues(brand: Brand): BrandValues {
  const values = brandToValues(brand);
  const ended = brand.validUntil;
  if (!ended) return values;
  if (brand.trademarkValidUntil && brand.trademarkValidUntil <= ended) {
    values.certificate = null;
    values.trademarkValidUntil = '';
  }
  if (brand.kind === 'agency' && brand.authorizationEnd && brand.authorizationEnd <= ended) {
    values.authorization = null;
    values.authorizationStart = '';
    values.authorizationEnd = '';
  }
  return values;
}

const text = (value: string) => value.trim() || undefined;

/** The request body, before validation (empty texts left out, classes in order). */
export function toBrandInput(kind: BrandKind, v: BrandValues): Record<string, unknown> {
  const agency = kind === 'agency';
  return {
    kind,
    nameZh: text(v.nameZh),
    nameEn: text(v.nameEn),
    logoFileId: v.logo?.id,
    trademarkNumber: v.trademarkNumber.trim(),
    trademarkCountry: v.trademarkCountry || undefined,
    niceClasses: [...v.niceClasses].sort((a, b) => a - b),
    certificateKind: v.certificateKind,
    certificateFileId: v.certificate?.id,
    trademarkValidUntil: v.trademarkValidUntil || undefined,
    ...(agency
      ? {
          brandOwner: text(v.brandOwner),
          authorizationFileId: v.authorization?.id,
          authorizationLevel: v.authorizationLevel || undefined,
          authorizationChain: v.authorizationLevel === 'sub_authorized' ? text(v.authorizationChain) : undefined,
          territory: text(v.territory),
          authorizationStart: v.authorizationStart || undefined,
          authorizationEnd: v.authorizationEnd || undefined,
        }
      : {}),
  };
}

export interface FieldProblem {
  field: BrandField;
  code: string;
}

const asField = (name: unknown) => BRAND_FIELDS.find((f) => f === name);

/**
 * Checks the form with the API's own schema, plus one rule of the form: a validity that has
 * already ended would make the brand expire at once. `today` is yyyy-mm-dd.
 */
export function checkBrand(
  kind: BrandKind,
  values: BrandValues,
  today: string,
): { input: BrandInput; problems: [] } | { input: null; problems: FieldProblem[] } {
  const result = brandInputSchema.safeParse(toBrandInput(kind, values));
  const problems: FieldProblem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = asField(issue.path[0]);
      if (field && !problems.some((p) => p.field === field)) problems.push({ field, code: issueCode(issue.message) });
    }
  }
  for (const problem of crossFieldProblems(kind, values)) {
    if (!problems.some((p) => p.field === problem.field)) problems.push(problem);
  }
  const ends: BrandField[] = kind === 'agency' ? ['trademarkValidUntil', 'authorizationEnd'] : ['trademarkValidUntil'];
  for (const field of ends) {
    const value = values[field as 'trademarkValidUntil' | 'authorizationEnd'];
    if (value && value <= today && !problems.some((p) => p.field === field)) {
      problems.push({ field, code: 'validity_ended' });
    }
  }
  if (result.success && problems.length === 0) return { input: result.data, problems: [] };
  return { input: null, problems };
}

/**
 * The schema's rules across fields (zod runs them only once every field is valid): the same
 * rules, so that one "Next Step" shows every problem at once.
 */
function crossFieldProblems(kind: BrandKind, v: BrandValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const missing = (field: BrandField, empty: boolean) => {
    if (empty) problems.push({ field, code: 'required' });
  };
  if (!v.nameZh.trim() && !v.nameEn.trim()) problems.push({ field: 'nameEn', code: 'brand_name_required' });
  missing('trademarkValidUntil', v.certificateKind === 'registration' && !v.trademarkValidUntil);
  if (kind === 'agency') {
    missing('brandOwner', !v.brandOwner.trim());
    missing('authorizationFileId', !v.authorization);
    missing('authorizationLevel', !v.authorizationLevel);
    missing('authorizationChain', v.authorizationLevel === 'sub_authorized' && !v.authorizationChain.trim());
    missing('territory', !v.territory.trim());
    missing('authorizationStart', !v.authorizationStart);
    missing('authorizationEnd', !v.authorizationEnd);
    if (v.authorizationStart && v.authorizationEnd && v.authorizationEnd <= v.authorizationStart) {
      problems.push({ field: 'authorizationEnd', code: 'end_before_start' });
    }
  }
  return problems;
}

/**
 * The API names fields as "body.brand.niceClasses.0" (PUT) or "body.nameEn" (POST): reduce
 * each detail's path to the form's field, so useFieldErrors shows it under that field.
 */
export function toFormError(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.body.details) return error;
  const details = error.body.details.map((d) => {
    const parts = d.path.split('.').filter((p, i) => !(i === 0 && p === 'body'));
    const name = parts[0] === 'brand' ? parts[1] : parts[0];
    return { ...d, path: asField(name) ?? d.path };
  });
  return new ApiError(error.status, { ...error.body, details }, error.retryAfterSeconds);
}

/** Today in the user's calendar, as yyyy-mm-dd. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `today` to `day` (both yyyy-mm-dd); negative once it has passed. */
export function daysUntil(day: string, today: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
