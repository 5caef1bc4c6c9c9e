import type { DomesticInvoiceRecord } from '../../../shared/schemas/documents.js';
import { type VAT_RATES } from '../../../shared/schemas/documents.js';
import type { InvoiceType } from '../../../shared/schemas/buyers.js';

export type VatRate = (typeof VAT_RATES)[number];

/** The "Record invoice" form as typed (strings, as the inputs hold them). */
export interface InvoiceFormValues {
  invoiceNumber: string;
  invoiceCode: string;
  issuedOn: string;
  invoiceType: InvoiceType;
  amountExclTax: string;
  taxRate: VatRate;
  taxAmount: string;
  totalAmount: string;
  kind: 'full' | 'partial';
}

const AMOUNT = /^(\d{1,15})(?:\.(\d{1,2}))?$/;

/** "12.3" → 1230n cents; null when it is not an amount with at most 2 decimals. */
function toCents(amount: string): bigint | null {
  const match = AMOUNT.exec(amount.normalize('NFKC').trim());
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

function fromCents(cents: bigint): string {
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
}

/**
 * VAT and the total from the amount without tax and the rate, exact (BigInt cents), the tax
 * rounded half-up to the fen as Chinese invoices do: ("100.00", "13") → tax "13.00", total "113.00".
 * Null when the amount is not (yet) a valid amount.
 */
export function computeTax(amountExclTax: string, rate: VatRate): { taxAmount: string; totalAmount: string } | null {
  const cents = toCents(amountExclTax);
  if (cents === null) return null;
  const tax = (cents * BigInt(rate) + 50n) / 100n;
  return { taxAmount: fromCents(tax), totalAmount: fromCents(cents + tax) };
}

/**
 * The offer to compute tax and total, applied only to what the person has not typed themselves:
 * a tax or total they edited stays (their invoice may round differently); untouched ones follow.
 */
export function withComputedTax(
  values: InvoiceFormValues,
  edited: { taxAmount: boolean; totalAmount: boolean },
): InvoiceFormValues {
  const computed = computeTax(values.amountExclTax, values.taxRate);
  if (!computed) return values;
  return {
    ...values,
    taxAmount: edited.taxAmount ? values.taxAmount : computed.taxAmount,
    totalAmount: edited.totalAmount ? values.totalAmount : computed.totalAmount,
  };
}

/** Whether amount + tax = total, so the form can warn before sending (the server decides). */
export function totalsAgree(values: Pick<InvoiceFormValues, 'amountExclTax' | 'taxAmount' | 'totalAmount'>): boolean {
  const [amount, tax, total] = [values.amountExclTax, values.taxAmount, values.totalAmount].map(toCents);
  if (amount == null || tax == null || total == null) return true;
  return amount + tax === total;
}

/** The request from the typed values (the shared schema checks it before it is sent). */
export function toInvoiceRecord(values: InvoiceFormValues, fileId: string | undefined): Partial<DomesticInvoiceRecord> {
  const clean = (value: string) => value.normalize('NFKC').trim();
  return {
    invoiceNumber: clean(values.invoiceNumber),
    invoiceCode: clean(values.invoiceCode) || undefined,
    issuedOn: values.issuedOn,
    invoiceType: values.invoiceType,
    amountExclTax: clean(values.amountExclTax),
    taxRate: values.taxRate,
    taxAmount: clean(values.taxAmount),
    totalAmount: clean(values.totalAmount),
    kind: values.kind,
    fileId,
  };
}
