import { describe, expect, it } from 'vitest';
import { applicableTierIndex, parseQuantity } from './priceTier.js';

const tiers = [
  { minQuantity: 500, unitPrice: '1.20' },
  { minQuantity: 1000, unitPrice: '1.10' },
  { minQuantity: 5000, unitPrice: '0.95' },
];

describe('applicableTierIndex', () => {
  it('takes the highest tier whose minimum the quantity reaches', () => {
    expect(applicableTierIndex(tiers, 500)).toBe(0);
    expect(applicableTierIndex(tiers, 999)).toBe(0);
    expect(applicableTierIndex(tiers, 1000)).toBe(1);
    expect(applicableTierIndex(tiers, 4999)).toBe(1);
    expect(applicableTierIndex(tiers, 5000)).toBe(2);
    expect(applicableTierIndex(tiers, 80_000)).toBe(2);
  });

  it('finds none below the first tier, and does not rely on the tiers’ order', () => {
    expect(applicableTierIndex(tiers, 499)).toBe(-1);
    expect(applicableTierIndex([], 100)).toBe(-1);
    expect(applicableTierIndex([tiers[2]!, tiers[0]!, tiers[1]!], 1200)).toBe(2);
  });
});

describe('parseQuantity', () => {
  it('accepts whole positive numbers only', () => {
    expect(parseQuantity('1200')).toBe(1200);
    expect(parseQuantity(' 42 ')).toBe(42);
    for (const text of ['', '0', '-5', '1.5', '1,000', '1e3', 'ten', '1234567890']) {
      expect(parseQuantity(text), text).toBeNull();
    }
  });
});
