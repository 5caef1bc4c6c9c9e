/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capitals without I, O, Z, S, V); the last one is a
 * check character over the first 17 with weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check];
}

export type CreditCodeProblem = 'credit_code_length' | 'credit_code_chars' | 'credit_code_checksum';

/** undefined when valid; otherwise what is wrong (translated by the UI). */
export function creditCodeProblem(raw: string): CreditCodeProblem | undefined {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return 'credit_code_length';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'credit_code_chars';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? undefined : 'credit_code_checksum';
}

export const isValidCreditCode = (raw: string) => creditCodeProblem(raw) === undefined;
