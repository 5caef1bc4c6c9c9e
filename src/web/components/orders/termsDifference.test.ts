import { describe, expect, it } from 'vitest';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { requestDifferences, termsDiffer, unitPriceDifference } from './termsDifference.js';

const line = (orderedUnitPrice: string, finalUnitPrice: string | null) => ({ orderedUnitPrice, finalUnitPrice });

type Parts = Pick<OrderDetail, 'request' | 'terms' | 'lines' | 'currency'>;

function order(
  overrides: { request?: Partial<Parts['request']>; terms?: Partial<Parts['terms']>; currency?: string } = {},
): Parts {
  return {
    currency: overrides.currency ?? 'USD',
    request: {
      deliveryAddress: {
        recipient: 'Li Lei',
        phone: '+86 21 5555 0000',
        country: 'CN',
        region: null,
        city: 'Shanghai',
        addressLine: '1 Century Avenue',
        postalCode: null,
      },
      destinationCountry: 'DE',
      destinationPort: 'Hamburg',
      preferredIncoterm: 'FOB',
      invoiceRequired: false,
      invoiceProfile: null,
      requestedDeliveryDate: '2027-01-15',
      buyerNote: null,
      orderedTotal: '120.00',
      orderedCurrency: 'USD',
      ...overrides.request,
    },
    terms: {
      shippingCost: null,
      discount: null,
      goodsTotal: '120.00',
      totalAmount: '120.00',
      deliveryDate: '2027-01-15',
      leadTimeDays: null,
      incoterm: 'FOB',
      namedPlace: 'Ningbo',
      portOfLoading: 'Ningbo',
      portOfDestination: 'Hamburg',
      paymentMethod: 'tt',
      depositPercent: 30,
      paymentTerms: '30 % T/T deposit, 70 % before shipment',
      packaging: null,
      offerValidUntil: '2026-12-31',
      supplierNote: null,
      savedAt: '2026-12-06T10:00:00.000Z',
      ...overrides.terms,
    },
    lines: [
      {
        position: 1,
        productId: 'p1',
        quantity: 100,
        orderedUnitPrice: '1.2000',
        finalUnitPrice: '1.2000',
        amount: '120.00',
        snapshot: {
          names: { en: 'Garden shears' },
          modelNumber: null,
          unit: 'piece',
          pictureFileId: null,
          hsCode: null,
          origin: null,
          brandName: null,
          moq: 10,
          priceTiers: [],
        },
      },
    ],
  };
}

describe('unit price difference', () => {
  it('is none when the supplier kept the price, even written differently', () => {
    expect(unitPriceDifference(line('1.2000', '1.2'))).toBeNull();
    expect(unitPriceDifference(line('1.2000', null))).toBeNull();
  });

  it('names the ordered and the final price and the direction', () => {
    expect(unitPriceDifference(line('1.2000', '1.1500'))).toEqual({
      ordered: '1.2000',
      final: '1.1500',
      higher: false,
    });
    expect(unitPriceDifference(line('1.2000', '1.2001'))).toEqual({ ordered: '1.2000', final: '1.2001', higher: true });
  });
});

describe('request differences', () => {
  it('are none before the supplier saved terms', () => {
    expect(requestDifferences(order({ terms: { savedAt: null, totalAmount: '99.00', incoterm: 'CIF' } }))).toEqual([]);
  });

  it('are none when the terms answer the request as asked', () => {
    expect(requestDifferences(order({ terms: { totalAmount: '120' } }))).toEqual([]);
    expect(termsDiffer(order())).toBe(false);
  });

  it('list the total, Incoterm, delivery date and port the supplier changed', () => {
    const changed = order({
      terms: { totalAmount: '135.50', incoterm: 'CIF', deliveryDate: '2027-02-01', portOfDestination: 'Rotterdam' },
    });
    expect(requestDifferences(changed)).toEqual([
      { field: 'total', ordered: '120.00', final: '135.50' },
      { field: 'incoterm', ordered: 'FOB', final: 'CIF' },
      { field: 'deliveryDate', ordered: '2027-01-15', final: '2027-02-01' },
      { field: 'portOfDestination', ordered: 'Hamburg', final: 'Rotterdam' },
    ]);
    expect(termsDiffer(changed)).toBe(true);
  });

  it('do not count a request the buyer left empty as changed', () => {
    const answered = order({
      request: { preferredIncoterm: null, requestedDeliveryDate: null, destinationPort: null },
    });
    expect(requestDifferences(answered)).toEqual([]);
  });

  it('count every price and the total as changed when the supplier completed in another currency', () => {
    const converted = order({ currency: 'CNY' });
    expect(requestDifferences(converted)).toEqual([{ field: 'total', ordered: '120.00', final: '120.00' }]);
    expect(unitPriceDifference(line('1.2000', '1.2000'), false)).toEqual({
      ordered: '1.2000',
      final: '1.2000',
      higher: false,
    });
    expect(termsDiffer(converted)).toBe(true);
  });

  it('make the order differ when only a line price changed', () => {
    const parts = order();
    parts.lines[0] = { ...parts.lines[0]!, finalUnitPrice: '1.1000' };
    expect(termsDiffer(parts)).toBe(true);
  });
});
