import { describe, expect, it } from 'vitest';
import {
  contractClausesSchema,
  domesticInvoiceRecordSchema,
  exportInvoiceFieldsSchema,
  type ContractClauses,
} from '../../../shared/schemas/documents.js';
import { clausesToForm, formToClauses } from './contractForm.js';
import { changedFields, rebase } from './draft.js';
import {
  computeTax,
  type InvoiceFormValues,
  toInvoiceRecord,
  totalsAgree,
  withComputedTax,
} from './domesticInvoiceForm.js';
import { exportFieldsToForm, formToExportFields } from './exportInvoiceForm.js';

const CLAUSES: ContractClauses = {
  signingPlace: 'Ningbo',
  packaging: 'Export cartons on pallets',
  shippingMarks: 'BR / NINGBO',
  inspectionBody: 'CCIC Ningbo',
  claimPeriodDays: 30,
  warrantyMonths: 12,
  tolerancePercent: 5,
  partialShipments: false,
  transhipment: true,
  arbitrationBody: 'cietac_shanghai',
  governingLaw: 'prc_cisg',
};

describe('computeTax (record invoice: tax and total from amount and rate)', () => {
  it('computes VAT exactly in fen, rounded half-up', () => {
    expect(computeTax('100.00', '13')).toEqual({ taxAmount: '13.00', totalAmount: '113.00' });
    expect(computeTax('0.05', '13')).toEqual({ taxAmount: '0.01', totalAmount: '0.06' }); // 0.0065 → 0.01
    expect(computeTax('0.03', '13')).toEqual({ taxAmount: '0.00', totalAmount: '0.03' }); // 0.0039 → 0.00
    expect(computeTax('1234.56', '9')).toEqual({ taxAmount: '111.11', totalAmount: '1345.67' }); // 111.1104
    expect(computeTax('100', '0')).toEqual({ taxAmount: '0.00', totalAmount: '100.00' });
  });

  it('stays exact for amounts floats would round (no floating point)', () => {
    expect(computeTax('999999999999999.99', '13')).toEqual({
      taxAmount: '130000000000000.00',
      totalAmount: '1129999999999999.99',
    });
    expect(computeTax('0.10', '3')).toEqual({ taxAmount: '0.00', totalAmount: '0.10' });
    expect(computeTax('0.17', '3')).toEqual({ taxAmount: '0.01', totalAmount: '0.18' }); // 0.0051
  });

  it('accepts full-width digits and refuses what is not an amount', () => {
    expect(computeTax('１００', '6')).toEqual({ taxAmount: '6.00', totalAmount: '106.00' });
    expect(computeTax('', '13')).toBeNull();
    expect(computeTax('12.345', '13')).toBeNull();
    expect(computeTax('-5', '13')).toBeNull();
  });
});

const values = (patch: Partial<InvoiceFormValues> = {}): InvoiceFormValues => ({
  invoiceNumber: '24312000000012345678',
  invoiceCode: '',
  issuedOn: '2026-12-06',
  invoiceType: 'special_vat',
  amountExclTax: '100.00',
  taxRate: '13',
  taxAmount: '',
  totalAmount: '',
  kind: 'full',
  ...patch,
});

describe('withComputedTax (an offer, never over what the person typed)', () => {
  it('fills tax and total the person has not edited', () => {
    expect(withComputedTax(values(), { taxAmount: false, totalAmount: false })).toMatchObject({
      taxAmount: '13.00',
      totalAmount: '113.00',
    });
  });

  it('keeps a tax or total the person edited (their invoice may round differently)', () => {
    const typed = values({ taxAmount: '12.99', totalAmount: '112.99' });
    expect(withComputedTax(typed, { taxAmount: true, totalAmount: true })).toEqual(typed);
    expect(withComputedTax(typed, { taxAmount: true, totalAmount: false })).toMatchObject({
      taxAmount: '12.99',
      totalAmount: '113.00',
    });
  });

  it('changes nothing while the amount is not a valid amount', () => {
    const typing = values({ amountExclTax: '100.', taxAmount: '13.00' });
    expect(withComputedTax(typing, { taxAmount: false, totalAmount: false })).toEqual(typing);
  });

  it('tells whether amount + tax = total', () => {
    expect(totalsAgree({ amountExclTax: '100', taxAmount: '13.00', totalAmount: '113' })).toBe(true);
    expect(totalsAgree({ amountExclTax: '100', taxAmount: '13.00', totalAmount: '112.99' })).toBe(false);
  });

  it('sends what the shared schema accepts, without an empty invoice code', () => {
    const record = toInvoiceRecord(
      values({ taxAmount: '13.00', totalAmount: '113.00', invoiceCode: ' ' }),
      '0b9d1d5e-5a55-4a8c-9a9a-2f8a0f4f7c11',
    );
    expect(record.invoiceCode).toBeUndefined();
    expect(domesticInvoiceRecordSchema.safeParse(record).success).toBe(true);
    const noFile = domesticInvoiceRecordSchema.safeParse(toInvoiceRecord(values(), undefined));
    expect(noFile.success).toBe(false);
    expect(noFile.error?.issues.map((issue) => issue.path[0])).toContain('fileId');
  });
});

describe('rebase (answers never overwrite typing)', () => {
  const base = clausesToForm(CLAUSES);

  it('takes the newer answer for every field the person did not touch', () => {
    const incoming = clausesToForm({ ...CLAUSES, inspectionBody: 'SGS Shanghai', warrantyMonths: 18 });
    expect(rebase(base, base, incoming)).toEqual(incoming);
  });

  it('keeps what the person typed after the request left, even if the answer differs', () => {
    const draft = { ...base, signingPlace: 'Shanghai', warrantyMonths: '24' };
    const answerRequestedBefore = clausesToForm({ ...CLAUSES, warrantyMonths: 18, inspectionBody: 'SGS' });
    const next = rebase(base, draft, answerRequestedBefore);
    expect(next.signingPlace).toBe('Shanghai');
    expect(next.warrantyMonths).toBe('24');
    expect(next.inspectionBody).toBe('SGS');
    expect(changedFields(answerRequestedBefore, next)).toEqual(['signingPlace', 'warrantyMonths']);
  });

  it('compares packing lines by value', () => {
    const form = exportFieldsToForm(
      {
        portOfLoading: 'Ningbo',
        portOfDestination: 'Hamburg',
        shippingMarks: 'BR',
        packing: [
          { position: 1, packages: 2, packageKind: 'carton', netWeightKg: '10', grossWeightKg: '11', volumeCbm: '0.1' },
        ],
      },
      [1],
    );
    const typed = { ...form, packing: [{ ...form.packing[0]!, packages: '3' }] };
    const incoming = { ...form, portOfDestination: 'Rotterdam' };
    expect(rebase(form, typed, incoming)).toEqual({ ...typed, portOfDestination: 'Rotterdam' });
  });
});

describe('contract clauses form', () => {
  it('round-trips a version’s clauses', () => {
    expect(contractClausesSchema.parse(formToClauses(clausesToForm(CLAUSES)))).toEqual(CLAUSES);
  });

  it('reads full-width digits and leaves cleared or wrong numbers for the schema to name', () => {
    const form = { ...clausesToForm(CLAUSES), claimPeriodDays: '６０', warrantyMonths: '', tolerancePercent: '5.5' };
    const clauses = formToClauses(form);
    expect(clauses.claimPeriodDays).toBe(60);
    const result = contractClausesSchema.safeParse(clauses);
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(issues).toEqual({ warrantyMonths: 'required', tolerancePercent: 'percent_invalid' });
  });
});

describe('export invoice form', () => {
  it('gives every order line a packing row and sends numbers as numbers', () => {
    const form = exportFieldsToForm(
      {
        portOfLoading: 'Ningbo',
        portOfDestination: 'Hamburg',
        shippingMarks: 'BR',
        packing: [
          {
            position: 2,
            packages: 4,
            packageKind: 'pallet',
            netWeightKg: '400',
            grossWeightKg: '420.5',
            volumeCbm: '2.4',
          },
        ],
      },
      [1, 2],
    );
    expect(form.packing.map((line) => [line.position, line.packages])).toEqual([
      [1, ''],
      [2, '4'],
    ]);
    form.packing[0] = {
      ...form.packing[0]!,
      packages: '１０',
      netWeightKg: '100',
      grossWeightKg: '110',
      volumeCbm: '1',
    };
    const parsed = exportInvoiceFieldsSchema.parse(formToExportFields(form));
    expect(parsed.packing[0]).toMatchObject({ position: 1, packages: 10, packageKind: 'carton' });
    expect(parsed.vesselOrFlight).toBeUndefined();
  });
});
