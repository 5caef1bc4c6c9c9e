import { describe, expect, it } from 'vitest';
import { packingTotals } from '../../../test/document-fixtures.js';
import { commercialInvoiceModel } from '../../../test/document-fixtures.js';
import { fixDecimals, groupDigits, sumDecimals } from './decimal.js';
import { packingTotals as computeTotals } from './packing-list.layout.js';

describe('exact decimals of documents', () => {
  it('sums without floating point error', () => {
    expect(sumDecimals(['0.1', '0.2'], 3)).toBe('0.300');
    expect(
      sumDecimals(
        Array.from({ length: 10 }, () => '0.001'),
        3,
      ),
    ).toBe('0.010');
    expect(sumDecimals(['999999999.999', '0.001'], 3)).toBe('1000000000.000');
    expect(sumDecimals([], 3)).toBe('0.000');
    expect(() => sumDecimals(['1.0005'], 3)).toThrow(RangeError);
    expect(fixDecimals('230', 3)).toBe('230.000');
  });

  it('groups thousands for display', () => {
    expect(groupDigits('1234567.50')).toBe('1,234,567.50');
    expect(groupDigits('-1000')).toBe('-1,000');
    expect(groupDigits('999.999')).toBe('999.999');
  });

  it('a packing list totals its lines exactly', () => {
    expect(computeTotals(commercialInvoiceModel.fields!.packing)).toEqual(packingTotals);
  });
});
