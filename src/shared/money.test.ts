import { describe, expect, it } from 'vitest';
import {
  compareDecimals,
  fitsMoneyColumn,
  isDecimal,
  lineAmount,
  minorUnits,
  normalizeDecimal,
  percentOf,
  subtractAmount,
  sumAmounts,
} from './money.js';

describe('exact money arithmetic', () => {
  it('multiplies quantity by a 4-decimal unit price and rounds half-up to cents', () => {
    expect(lineAmount(3, '0.3335', 'USD')).toBe('1.00'); // 1.0005 → 1.00: half-up looks at the third decimal (0)
    expect(lineAmount(1, '0.005', 'USD')).toBe('0.01');
    expect(lineAmount(1, '0.0049', 'USD')).toBe('0.00');
    expect(lineAmount(10, '0.1', 'CNY')).toBe('1.00'); // 0.1 × 10 is exactly 1 (a float gives 1.0000000000000002 elsewhere)
    expect(lineAmount(3, '0.1', 'EUR')).toBe('0.30');
    expect(lineAmount(100_000_000, '9999999999999.9999', 'USD')).toBe('999999999999999990000.00');
  });

  it('rounds to the currency minor unit (JPY has none)', () => {
    expect(minorUnits('JPY')).toBe(0);
    expect(lineAmount(3, '33.5', 'JPY')).toBe('101'); // 100.5 → 101
    expect(minorUnits('USD')).toBe(2);
  });

  it('sums and subtracts without floating point', () => {
    expect(sumAmounts(['0.10', '0.20'], 'USD')).toBe('0.30');
    expect(sumAmounts([], 'USD')).toBe('0.00');
    expect(subtractAmount('10.00', '10.01', 'USD')).toBe('-0.01');
    expect(subtractAmount('0.30', '0.10', 'USD')).toBe('0.20');
  });

  it('compares and normalises', () => {
    expect(compareDecimals('1.5', '1.5000')).toBe(0);
    expect(compareDecimals('1.49', '1.5')).toBe(-1);
    expect(compareDecimals('2', '1.9999')).toBe(1);
    expect(normalizeDecimal('1.5')).toBe('1.5000');
    expect(normalizeDecimal('1.005', 2)).toBe('1.01');
  });

  it('refuses what is not a plain decimal', () => {
    for (const bad of ['1e3', '', '1.23456', '0x10', ' 1', 'NaN', '1,5']) expect(isDecimal(bad)).toBe(false);
    expect(() => lineAmount(1, '1e3', 'USD')).toThrow(RangeError);
    expect(isDecimal('-0.5')).toBe(true);
  });
});

describe('column limits', () => {
  it('says whether an amount fits numeric(18,2)', () => {
    expect(fitsMoneyColumn('9999999999999999.99')).toBe(true);
    expect(fitsMoneyColumn('10000000000000000.00')).toBe(false);
    expect(fitsMoneyColumn(lineAmount(100_000_000, '9999999999999.9999', 'USD'))).toBe(false);
  });
});

describe('percentages (invoice tax)', () => {
  it('rounds the exact product half-up to the minor unit once', () => {
    expect(percentOf('1000.00', '13', 'CNY')).toBe('130.00');
    expect(percentOf('123.45', '6', 'CNY')).toBe('7.41'); // 7.407
    expect(percentOf('0.05', '13', 'CNY')).toBe('0.01'); // 0.0065
    expect(percentOf('0.03', '13', 'CNY')).toBe('0.00'); // 0.0039
    expect(percentOf('99999999.99', '0', 'CNY')).toBe('0.00');
    expect(percentOf('1000', '6.5', 'JPY')).toBe('65');
    expect(percentOf('-10.00', '13', 'CNY')).toBe('-1.30');
  });
});
