import type { ArbitrationBody, ContractClauses, GoverningLaw } from '../../../shared/schemas/documents.js';

/** The furnish form as typed: numbers stay strings until sent, so a cleared field is just empty. */
export interface ClausesFormValues {
  [key: string]: string | boolean;
  signingPlace: string;
  packaging: string;
  shippingMarks: string;
  inspectionBody: string;
  claimPeriodDays: string;
  warrantyMonths: string;
  tolerancePercent: string;
  partialShipments: boolean;
  transhipment: boolean;
  arbitrationBody: ArbitrationBody | '';
  governingLaw: GoverningLaw | '';
  extraTerms: string;
}

export const CLAUSE_FIELDS = [
  'signingPlace',
  'packaging',
  'shippingMarks',
  'inspectionBody',
  'claimPeriodDays',
  'warrantyMonths',
  'tolerancePercent',
  'partialShipments',
  'transhipment',
  'arbitrationBody',
  'governingLaw',
  'extraTerms',
] as const;
export type ClauseField = (typeof CLAUSE_FIELDS)[number];

export function clausesToForm(clauses: ContractClauses): ClausesFormValues {
  return {
    signingPlace: clauses.signingPlace,
    packaging: clauses.packaging,
    shippingMarks: clauses.shippingMarks ?? '',
    inspectionBody: clauses.inspectionBody,
    claimPeriodDays: String(clauses.claimPeriodDays),
    warrantyMonths: String(clauses.warrantyMonths),
    tolerancePercent: String(clauses.tolerancePercent),
    partialShipments: clauses.partialShipments,
    transhipment: clauses.transhipment,
    arbitrationBody: clauses.arbitrationBody,
    governingLaw: clauses.governingLaw,
    extraTerms: clauses.extraTerms ?? '',
  };
}

/**
 * A number typed with any digits (full-width too). A decimal goes as a number so the schema names
 * the rule it breaks ("a whole number"); text that is no number at all is left for it to refuse.
 */
function wholeNumber(value: string): number | string | undefined {
  const clean = value.normalize('NFKC').trim();
  if (clean === '') return undefined;
  return /^\d{1,6}(\.\d{1,6})?$/.test(clean) ? Number(clean) : clean;
}

/** The request's clauses from the typed values (checked with contractClausesSchema before sending). */
export function formToClauses(values: ClausesFormValues): Record<ClauseField, unknown> {
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  return {
    signingPlace: values.signingPlace,
    packaging: values.packaging,
    shippingMarks: optional(values.shippingMarks),
    inspectionBody: values.inspectionBody,
    claimPeriodDays: wholeNumber(values.claimPeriodDays),
    warrantyMonths: wholeNumber(values.warrantyMonths),
    tolerancePercent: wholeNumber(values.tolerancePercent),
    partialShipments: values.partialShipments,
    transhipment: values.transhipment,
    arbitrationBody: values.arbitrationBody || undefined,
    governingLaw: values.governingLaw || undefined,
    extraTerms: optional(values.extraTerms),
  };
}
