import { creditCodeProblem } from './credit-code.js';

/**
 * Taxpayer identification number (纳税人识别号) on a Chinese invoice profile.
 *
 * The rule:
 * - 18 characters: a unified social credit code (GB 32100-2015), which has been the taxpayer
 *   number of every organisation since 2015 — its check character must match (credit-code.ts).
 * - 15, 17 or 20 characters: a legacy number still printed on older records (15: the old tax
 *   registration number, area code + organisation code; 17 and 20: individual businesses, an
 *   identity-card number plus a serial) — digits and capital letters only; these carry no
 *   check character we can verify.
 * - Anything else is refused. Input is trimmed and upper-cased first.
 */
export type TaxpayerIdProblem = 'taxpayer_id_invalid' | 'taxpayer_id_checksum';

const LEGACY_LENGTHS = new Set([15, 17, 20]);
const DIGITS_AND_CAPITALS = /^[0-9A-Z]+$/;

export function normalizeTaxpayerId(raw: string): string {
  return raw.trim().toUpperCase();
}

/** undefined when valid; otherwise what is wrong (translated by the UI). */
export function taxpayerIdProblem(raw: string): TaxpayerIdProblem | undefined {
  const id = normalizeTaxpayerId(raw);
  if (id.length === 18) {
    const problem = creditCodeProblem(id);
    if (!problem) return undefined;
    return problem === 'credit_code_checksum' ? 'taxpayer_id_checksum' : 'taxpayer_id_invalid';
  }
  if (LEGACY_LENGTHS.has(id.length) && DIGITS_AND_CAPITALS.test(id)) return undefined;
  return 'taxpayer_id_invalid';
}

export const isValidTaxpayerId = (raw: string) => taxpayerIdProblem(raw) === undefined;
