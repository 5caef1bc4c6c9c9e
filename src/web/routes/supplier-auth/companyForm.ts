import { COMPANY_FIELDS, type CompanyField } from '../../../shared/company-fields.js';
import {
  companyDraftSchema,
  companySubmitSchema,
  MAINLAND_CHINA,
  type CompanyDraft,
} from '../../../shared/schemas/suppliers.js';

export type CompanyValues = Record<CompanyField, string>;

/** API paths ("company.website") onto form fields, for useFieldErrors. */
export const COMPANY_ALIASES: Partial<Record<string, CompanyField>> = Object.fromEntries(
  COMPANY_FIELDS.map((f) => [`company.${f}`, f]),
);

export function toValues(company: CompanyDraft | undefined): CompanyValues {
  return Object.fromEntries(COMPANY_FIELDS.map((f) => [f, company?.[f] ?? ''])) as CompanyValues;
}

/**
 * A saved version from the server, taken into the form: fields the person has changed here keep
 * what they typed or chose (the answer was asked for before it, or comes from another tab);
 * the others show the saved value.
 */
export function withServerValues(
  current: CompanyValues,
  saved: CompanyValues,
  changedHere: ReadonlySet<CompanyField>,
): CompanyValues {
  return Object.fromEntries(
    COMPANY_FIELDS.map((f) => [f, changedHere.has(f) ? current[f] : saved[f]]),
  ) as CompanyValues;
}

/** Mainland companies give the credit code; others their registration number (the other is not kept). */
export function isHidden(field: CompanyField, country: string): boolean {
  if (field === 'creditCode') return country !== MAINLAND_CHINA;
  if (field === 'registrationNumber') return country === MAINLAND_CHINA;
  return false;
}

/** The typed values as the API takes them: trimmed, empty ones left out, the hidden identifier dropped. */
export function rawCompany(values: CompanyValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of COMPANY_FIELDS) {
    const value = field === 'creditCode' ? values[field].trim().toUpperCase() : values[field].trim();
    if (value && !isHidden(field, values.country)) out[field] = value;
  }
  return out;
}

/**
 * What the autosave sends: only values that already pass the draft schema, so a half-typed
 * email or credit code never makes the whole draft fail. They stay on screen until valid.
 */
export function draftOf(values: CompanyValues): CompanyDraft {
  const out: Record<string, string> = {};
  for (const [field, value] of Object.entries(rawCompany(values))) {
    const schema = companyDraftSchema.shape[field as CompanyField];
    if (schema.safeParse(value).success) out[field] = value;
  }
  return out as CompanyDraft;
}

/** The "Next Step" check of step 1: the same rules the server applies on submit. */
export function companyProblems(values: CompanyValues): Map<CompanyField, string> {
  const problems = new Map<CompanyField, string>();
  const result = companySubmitSchema.safeParse(rawCompany(values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as CompanyField | undefined;
      if (field && !problems.has(field)) problems.set(field, issue.message);
    }
  }
  return problems;
}
