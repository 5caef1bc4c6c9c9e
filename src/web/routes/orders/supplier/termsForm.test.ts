import { describe, expect, it } from 'vitest';
import { orderTermsSchema } from '../../../../shared/schemas/orders.js';
import { addDays } from './dates.js';
import {
  changedFields,
  fieldOfPath,
  plainPrice,
  toTermsRequest,
  toTermsValues,
  totalsOutdated,
  withServerValues,
} from './termsForm.js';
import { savedTerms, testOrder } from './testOrder.js';

const TODAY = '2026-12-06';
const propose = (method: string, deposit: string) => `proposal ${method} ${deposit}`;

describe('toTermsValues (order → form)', () => {
  it('starts from the buyer’s order: ordered prices, requested date, Incoterm and port, 30% T/T, 14 days', () => {
    const values = toTermsValues(testOrder(), TODAY, propose);
    expect(values.unitPrices).toEqual(['12.50', '1.2345']);
    expect(values.currency).toBe('USD');
    expect(values.deliveryDate).toBe('2027-01-15');
    expect(values.incoterm).toBe('FOB');
    expect(values.portOfDestination).toBe('Valencia');
    expect(values.paymentMethod).toBe('tt');
    expect(values.depositPercent).toBe('30');
    expect(values.paymentTerms).toBe('proposal tt 30');
    expect(values.offerValidUntil).toBe('2026-12-20');
    expect(values.shippingCost).toBe('');
  });

  it('shows what the supplier saved, and nothing of the buyer’s request where the supplier left a field empty', () => {
    const order = testOrder({
      terms: savedTerms({ incoterm: null, deliveryDate: null, leadTimeDays: 25, shippingCost: '80.00' }),
      lines: testOrder().lines.map((l, i) => ({ ...l, finalUnitPrice: i === 0 ? '11.0000' : null })),
    });
    const values = toTermsValues(order, TODAY, propose);
    expect(values.unitPrices).toEqual(['11.00', '1.2345']);
    expect(values.incoterm).toBe('');
    expect(values.deliveryDate).toBe('');
    expect(values.leadTimeDays).toBe('25');
    expect(values.shippingCost).toBe('80.00');
    expect(values.paymentTerms).toBe('30% T/T deposit, 70% balance before shipment');
    expect(values.offerValidUntil).toBe('2026-12-20');
  });

  it('plainPrice keeps at least two decimals and every significant one', () => {
    expect(plainPrice('12.5000')).toBe('12.50');
    expect(plainPrice('3.0000')).toBe('3.00');
    expect(plainPrice('1.2345')).toBe('1.2345');
    expect(plainPrice('7')).toBe('7.00');
  });

  it('addDays crosses months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05');
  });
});

describe('toTermsRequest (form → PUT terms)', () => {
  it('sends a valid request with the version, positions, numbers and no empty fields', () => {
    const values = {
      ...toTermsValues(testOrder(), TODAY, propose),
      unitPrices: ['１１.８０', '1.2345'], // full-width digits from a CJK input method
      shippingCost: ' 80 ',
      leadTimeDays: '25',
      namedPlace: 'Shanghai',
      portOfLoading: 'Shanghai',
    };
    const request = toTermsRequest(values, 7, 'export');
    const parsed = orderTermsSchema.parse(request);
    expect(parsed).toMatchObject({
      version: 7,
      currency: 'USD',
      lines: [
        { position: 1, unitPrice: '11.80' },
        { position: 2, unitPrice: '1.2345' },
      ],
      shippingCost: '80',
      leadTimeDays: 25,
      depositPercent: 30,
      incoterm: 'FOB',
      namedPlace: 'Shanghai',
      portOfLoading: 'Shanghai',
      portOfDestination: 'Valencia',
      offerValidUntil: '2026-12-20',
    });
    expect('discount' in parsed && parsed.discount !== undefined).toBe(false);
    expect(parsed.packaging).toBeUndefined();
  });

  it('leaves the ports out of a domestic order', () => {
    const values = { ...toTermsValues(testOrder(), TODAY, propose), portOfLoading: 'Ningbo' };
    const request = toTermsRequest(values, 1, 'domestic');
    expect(request.portOfLoading).toBeUndefined();
    expect(request.portOfDestination).toBeUndefined();
  });

  it('lets the shared schema name the bad fields, at the API’s paths the form shows errors under', () => {
    const values = {
      ...toTermsValues(testOrder(), TODAY, propose),
      unitPrices: ['0', '12.345678'],
      leadTimeDays: 'soon',
      depositPercent: '130',
    };
    const result = orderTermsSchema.safeParse(toTermsRequest(values, 1, 'export'));
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => fieldOfPath(i.path.join('.'), 2));
    expect(fields).toEqual(
      expect.arrayContaining(['lines.0.unitPrice', 'lines.1.unitPrice', 'leadTimeDays', 'depositPercent']),
    );
    expect(fieldOfPath('body.lines.1.unitPrice', 2)).toBe('lines.1.unitPrice');
    expect(fieldOfPath('body.lines.5.unitPrice', 2)).toBeUndefined();
  });
});

describe('changes and the server’s values', () => {
  const saved = toTermsValues(testOrder(), TODAY, propose);

  it('says the totals are outdated only after a change that affects money', () => {
    expect(totalsOutdated({ ...saved, packaging: 'Cartons' }, saved)).toBe(false);
    expect(totalsOutdated({ ...saved, unitPrices: ['11.00', '1.2345'] }, saved)).toBe(true);
    expect(totalsOutdated({ ...saved, discount: '5' }, saved)).toBe(true);
    expect(totalsOutdated({ ...saved, currency: 'EUR' }, saved)).toBe(true);
  });

  it('withServerValues keeps the fields changed here and takes the server’s for the rest', () => {
    const current = { ...saved, packaging: 'Cartons', unitPrices: ['11', '2'] };
    const server = { ...saved, unitPrices: ['11.00', '1.2345'], shippingCost: '80.00' };
    const merged = withServerValues(current, server, new Set(['packaging', 'lines.1.unitPrice'] as const));
    expect(merged.packaging).toBe('Cartons');
    expect(merged.unitPrices).toEqual(['11.00', '2']);
    expect(merged.shippingCost).toBe('80.00');
    expect(changedFields(merged, server)).toEqual(['packaging', 'lines.1.unitPrice']);
  });
});
