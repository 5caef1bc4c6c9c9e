import type { CompanyDraft } from './schemas/suppliers.js';

/**
 * Every company field of a supplier application, in the order people read them: the form, the
 * confirmation, the review console and "what changed" since the last submission. The server's
 * columns and the web form both go by this one list (no zod here: plain values, see decision 0008).
 */
export const COMPANY_FIELDS = [
  'companyNameZh',
  'companyNameEn',
  'companyType',
  'country',
  'creditCode',
  'registrationNumber',
  'legalRepresentative',
  'dateEstablished',
  'registeredCapitalAmount',
  'registeredCapitalCurrency',
  'registeredAddress',
  'businessAddress',
  'businessScope',
  'mainProducts',
  'contactPerson',
  'contactPhone',
  'contactEmail',
  'website',
] as const satisfies readonly (keyof CompanyDraft)[];
export type CompanyField = (typeof COMPANY_FIELDS)[number];
