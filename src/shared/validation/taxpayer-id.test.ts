import { describe, expect, it } from 'vitest';
import { invoiceProfileInputSchema } from '../schemas/buyers.js';
import { creditCodeCheckChar } from './credit-code.js';
import { isValidTaxpayerId, taxpayerIdProblem } from './taxpayer-id.js';

const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17)!;

describe('taxpayer identification number', () => {
  it('accepts an 18-character unified social credit code whose check character matches', () => {
    expect(taxpayerIdProblem('91330100716105852F')).toBeUndefined();
    expect(taxpayerIdProblem(withCheck('91350100ABCDEFGH1'))).toBeUndefined();
    // Trimmed and upper-cased first.
    expect(isValidTaxpayerId(' 91330100716105852f ')).toBe(true);
  });

  it('refuses an 18-character code with a wrong check character, naming the checksum', () => {
    const good = withCheck('91330100AAAAAAAA1');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(taxpayerIdProblem(wrong)).toBe('taxpayer_id_checksum');
  });

  it('refuses 18 characters outside the credit-code alphabet (I, O, Z, S, V)', () => {
    expect(taxpayerIdProblem('9133010071610585IO')).toBe('taxpayer_id_invalid');
  });

  it('accepts the legacy 15, 17 and 20-character numbers of digits and capitals', () => {
    expect(taxpayerIdProblem('330106123456789')).toBeUndefined();
    expect(taxpayerIdProblem('33010612345678X')).toBeUndefined();
    expect(taxpayerIdProblem('33010619800101123')).toBeUndefined();
    expect(taxpayerIdProblem('33010619800101123X01')).toBeUndefined();
  });

  it('refuses other lengths and other characters', () => {
    for (const id of ['', '12345678901234', '1234567890123456', '1234567890123456789', '123456789012345678901']) {
      expect(taxpayerIdProblem(id), id).toBe('taxpayer_id_invalid');
    }
    expect(taxpayerIdProblem('33010612345-789')).toBe('taxpayer_id_invalid');
    expect(taxpayerIdProblem('３３０１０６１２３４５６７８９')).toBe('taxpayer_id_invalid');
  });

  it('is what the invoice profile schema checks (and stores upper-cased)', () => {
    const base = { invoiceType: 'ordinary', title: '杭州采购有限公司' };
    const ok = invoiceProfileInputSchema.safeParse({ ...base, taxpayerId: '91330100716105852f' });
    expect(ok.success && ok.data.taxpayerId).toBe('91330100716105852F');
    const bad = invoiceProfileInputSchema.safeParse({ ...base, taxpayerId: '91330100716105852A' });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['taxpayerId', 'taxpayer_id_checksum'],
    ]);
  });
});
