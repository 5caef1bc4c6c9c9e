import { describe, expect, it } from 'vitest';
import { lineAmount, sumAmounts } from '../../../shared/money.js';
import type { OrderableProduct } from '../catalog/index.js';
import { priceLines, tradeTypesFor, unitPriceFor } from './order-pricing.js';

const TIERS = [
  { minQuantity: 1000, unitPrice: '0.0950' },
  { minQuantity: 100, unitPrice: '0.1200' },
  { minQuantity: 5000, unitPrice: '0.0800' },
];

function product(overrides: Partial<OrderableProduct> = {}): OrderableProduct {
  return {
    id: 'p1',
    supplierId: 's1',
    supplierUserId: 'u1',
    supplierCountry: 'CN',
    supplierNameEn: 'Banyan Ltd.',
    supplierNameZh: '榕根',
    orderable: true,
    currency: 'USD',
    moq: 100,
    unit: 'piece',
    minPrice: '0.0800',
    modelNumber: 'HB-01',
    hsCode: '731815',
    origin: 'CN',
    brandNameEn: 'Banyan',
    brandNameZh: null,
    pictureFileId: null,
    names: { en: 'Bolt', 'zh-CN': '螺栓' },
    tiers: TIERS,
    ...overrides,
  };
}

describe('tier prices', () => {
  it('takes the highest tier whose minimum quantity is at most the quantity', () => {
    expect(unitPriceFor(TIERS, '0.08', 100)).toBe('0.1200');
    expect(unitPriceFor(TIERS, '0.08', 999)).toBe('0.1200');
    expect(unitPriceFor(TIERS, '0.08', 1000)).toBe('0.0950');
    expect(unitPriceFor(TIERS, '0.08', 4999)).toBe('0.0950');
    expect(unitPriceFor(TIERS, '0.08', 5000)).toBe('0.0800');
  });

  it('falls back to the product’s minimum price below every tier or without tiers', () => {
    expect(unitPriceFor(TIERS, '0.0800', 50)).toBe('0.0800');
    expect(unitPriceFor([], '1.2500', 7)).toBe('1.2500');
  });
});

describe('money is exact', () => {
  it('3 × 0.3335 = 1.0005 → 1.00 half-up… to the cent, never through a float', () => {
    expect(lineAmount(3, '0.3335', 'USD')).toBe('1.00');
    expect(lineAmount(3, '0.3350', 'USD')).toBe('1.01');
    expect(lineAmount(1, '0.005', 'USD')).toBe('0.01');
    expect(lineAmount(10, '0.1', 'USD')).toBe('1.00');
    // 0.1 + 0.2 in floating point is 0.30000000000000004.
    expect(sumAmounts(['0.10', '0.20'], 'USD')).toBe('0.30');
    expect(lineAmount(100_000_000, '1234567.8912', 'USD')).toBe('123456789120000.00');
    expect(lineAmount(3, '0.3335', 'JPY')).toBe('1');
  });

  it('prices an order form line by line and totals it', () => {
    const priced = priceLines(
      [
        { productId: 'p1', quantity: 3000 },
        { productId: 'p2', quantity: 3 },
      ],
      [product(), product({ id: 'p2', moq: 1, tiers: [{ minQuantity: 1, unitPrice: '0.3335' }] })],
    );
    expect(priced.lines.map((l) => [l.unitPrice, l.amount])).toEqual([
      ['0.0950', '285.00'],
      ['0.3335', '1.00'],
    ]);
    expect(priced.total).toBe('286.00');
    expect(priced.lines[0]!.snapshot).toMatchObject({ moq: 100, brandName: 'Banyan', names: { en: 'Bolt' } });
  });
});

describe('order form rules', () => {
  it('refuses below the MOQ with the MOQ in params, and unavailable products', () => {
    expect(() =>
      priceLines(
        [
          { productId: 'p1', quantity: 99 },
          { productId: 'gone', quantity: 100 },
        ],
        [product()],
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'UNPROCESSABLE',
        details: [
          { path: 'lines.0.quantity', code: 'below_moq', params: { moq: 100, unit: 'piece' } },
          { path: 'lines.1.productId', code: 'product_unavailable' },
        ],
      }),
    );
    expect(() => priceLines([{ productId: 'p1', quantity: 100 }], [product({ orderable: false })])).toThrow(
      expect.objectContaining({ details: [{ path: 'lines.0.productId', code: 'product_unavailable' }] }),
    );
  });

  it('accepts exactly the MOQ; refuses the same product twice', () => {
    expect(priceLines([{ productId: 'p1', quantity: 100 }], [product()]).total).toBe('12.00');
    expect(() =>
      priceLines(
        [
          { productId: 'p1', quantity: 100 },
          { productId: 'p1', quantity: 200 },
        ],
        [product()],
      ),
    ).toThrow(expect.objectContaining({ details: [{ path: 'lines.1.productId', code: 'duplicate_product' }] }));
  });

  it('refuses amounts beyond what an order can hold', () => {
    const huge = product({ moq: 1, tiers: [{ minQuantity: 1, unitPrice: '9999999999999.0000' }] });
    expect(() => priceLines([{ productId: 'p1', quantity: 100_000_000 }], [huge])).toThrow(
      expect.objectContaining({ code: 'UNPROCESSABLE', details: [{ path: 'lines', code: 'amount_too_large' }] }),
    );
  });

  it('domestic only in one country', () => {
    expect(tradeTypesFor('CN', 'CN')).toEqual(['domestic', 'export']);
    expect(tradeTypesFor('DE', 'CN')).toEqual(['export']);
    expect(tradeTypesFor(undefined, 'CN')).toEqual(['export']);
  });
});
