import { describe, expect, it } from 'vitest';
import { companyDraftSchema } from '../schemas/suppliers.js';
import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode } from './credit-code.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Every check character the alphabet allows except the right one. */
const wrongChecks = (first17: string) => [...ALPHABET].filter((c) => c !== creditCodeCheckChar(first17));

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real, published codes', () => {
    for (const code of [
      '91350100M000100Y43',
      '91110108551385082Q', // a Beijing technology company
      '91330100716105852F', // a Hangzhou e-commerce company
      '9144030071526726XG', // a Shenzhen internet company (check character is a letter)
    ]) {
      expect(creditCodeProblem(code), code).toBeUndefined();
      expect(isValidCreditCode(code), code).toBe(true);
      expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
    }
  });

  it('accepts codes generated with creditCodeCheckChar across the alphabet', () => {
    for (const c of ALPHABET) {
      const first17 = `91350100${c}${'A1B2C3D4'}`;
      const check = creditCodeCheckChar(first17);
      expect(check).toMatch(/^[0-9A-HJ-NP-RTUWXY]$/);
      expect(creditCodeProblem(first17 + check)).toBeUndefined();
    }
  });

  it('handles the check character 0 (weighted sum divisible by 31)', () => {
    const first17 = '9135010000000000F';
    expect(creditCodeCheckChar(first17)).toBe('0');
    expect(creditCodeProblem(`${first17}0`)).toBeUndefined();
    // "31 - 0" must wrap to 0, not index past the alphabet.
    expect(creditCodeProblem(`${first17}Y`)).toBe('credit_code_checksum');
  });

  it('refuses every wrong check character', () => {
    const first17 = '91350100M000100Y4';
    for (const c of wrongChecks(first17)) {
      expect(creditCodeProblem(first17 + c), c).toBe('credit_code_checksum');
      expect(isValidCreditCode(first17 + c)).toBe(false);
    }
  });

  it('refuses a swapped pair of characters (the weights tell positions apart)', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeUndefined();
    expect(creditCodeProblem('19350100M000100Y43')).toBe('credit_code_checksum');
  });

  it('refuses the wrong length', () => {
    for (const code of ['', '9135010', '91350100M000100Y4', '91350100M000100Y433', '91350100M000100Y43X']) {
      expect(creditCodeProblem(code), code).toBe('credit_code_length');
    }
    expect(creditCodeCheckChar('91350100M000100Y')).toBeUndefined();
    expect(creditCodeCheckChar('91350100M000100Y43')).toBeUndefined();
  });

  it('refuses the letters I, O, Z, S, V and other characters outside the alphabet', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V', '-', ' ', '营']) {
      const code = `91350100${letter}000100Y43`;
      expect(code).toHaveLength(18);
      expect(creditCodeProblem(code), letter).toBe('credit_code_chars');
      expect(creditCodeCheckChar(code.slice(0, 17))).toBeUndefined();
    }
  });

  it('accepts lower case and surrounding spaces (it upper-cases and trims first)', () => {
    expect(creditCodeProblem('91350100m000100y43')).toBeUndefined();
    expect(creditCodeProblem('  9144030071526726xg ')).toBeUndefined();
    expect(creditCodeProblem('91350100m000100y44')).toBe('credit_code_checksum');
  });

  it('is what the company form validates: upper-cased on the way in, coded problems out', () => {
    expect(companyDraftSchema.parse({ creditCode: ' 9144030071526726xg' }).creditCode).toBe('9144030071526726XG');
    const result = companyDraftSchema.safeParse({ creditCode: '91350100M000100Y44' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['creditCode', 'credit_code_checksum'],
    ]);
  });
});
