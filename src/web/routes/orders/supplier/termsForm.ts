import type { OrderDetail, PAYMENT_METHODS } from '../../../../shared/schemas/orders.js';
import { addDays } from './dates.js';

/**
 * The supplier's "complete the order information" form (guide 5.1): its values as typed (strings),
 * taken from an order and turned into the PUT /api/supplier/orders/:id/terms request. Money is
 * never computed here: the totals shown are always the server's.
 */

export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface TermsValues {
  currency: string;
  /** Final unit price per line, by index (lines never change in number). */
  unitPrices: string[];
  shippingCost: string;
  discount: string;
  deliveryDate: string;
  leadTimeDays: string;
  incoterm: string;
  namedPlace: string;
  portOfLoading: string;
  portOfDestination: string;
  paymentMethod: PaymentMethod | '';
  depositPercent: string;
  paymentTerms: string;
  packaging: string;
  offerValidUntil: string;
  supplierNote: string;
}

export type ScalarField = Exclude<keyof TermsValues, 'unitPrices'>;
/** A field of the form: a scalar, or a line's price as the API names it ("lines.0.unitPrice"). */
export type TermsField = ScalarField | `lines.${number}.unitPrice`;
/** Where an error can be shown: a field, or the lines as a whole. */
export type ErrorField = TermsField | 'lines';

export const SCALAR_FIELDS: readonly ScalarField[] = [
  'currency',
  'shippingCost',
  'discount',
  'deliveryDate',
  'leadTimeDays',
  'incoterm',
  'namedPlace',
  'portOfLoading',
  'portOfDestination',
  'paymentMethod',
  'depositPercent',
  'paymentTerms',
  'packaging',
  'offerValidUntil',
  'supplierNote',
];

/** Fields whose change alters the totals (the server recomputes them on save). */
const MONEY_FIELDS: readonly ScalarField[] = ['currency', 'shippingCost', 'discount'];

/** How long an offer stays open unless the supplier says otherwise. */
export const DEFAULT_OFFER_DAYS = 14;

export const lineField = (index: number): TermsField => `lines.${index}.unitPrice`;

/** Every field an error can be shown under (the API's paths without "body."). */
export function termsFields(lineCount: number): ErrorField[] {
  return [...SCALAR_FIELDS, ...Array.from({ length: lineCount }, (_, i) => lineField(i)), 'lines'];
}

export function fieldsOf(values: TermsValues): TermsField[] {
  return [...SCALAR_FIELDS, ...values.unitPrices.map((_, i) => lineField(i))];
}

export function valueOf(values: TermsValues, field: TermsField): string {
  const line = /^lines\.(\d+)\.unitPrice$/.exec(field);
  if (line) return values.unitPrices[Number(line[1])] ?? '';
  return values[field as ScalarField];
}

export function withValue(values: TermsValues, field: TermsField, value: string): TermsValues {
  const line = /^lines\.(\d+)\.unitPrice$/.exec(field);
  if (line) {
    const index = Number(line[1]);
    return { ...values, unitPrices: values.unitPrices.map((p, i) => (i === index ? value : p)) };
  }
  return { ...values, [field]: value };
}

/** "12.5000" (numeric(18,4)) → "12.50"; "1.2345" stays; at least two decimals, never more than given. */
export function plainPrice(value: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const [, whole = '0', fraction = ''] = match;
  const trimmed = fraction.replace(/0+$/, '').padEnd(2, '0');
  return `${whole}.${trimmed}`;
}

/**
 * The form's values for an order: what the supplier saved, else a starting point taken from the
 * buyer's request (their prices, requested date, preferred Incoterm and port), a 14-day offer
 * validity, and the proposed payment terms for the method and deposit.
 */
export function toTermsValues(
  order: OrderDetail,
  today: string,
  propose: (method: PaymentMethod | '', deposit: string) => string,
): TermsValues {
  const { terms, request } = order;
  const saved = terms.savedAt !== null;
  const paymentMethod = terms.paymentMethod ?? (saved ? '' : 'tt');
  const depositPercent = terms.depositPercent !== null ? String(terms.depositPercent) : saved ? '' : '30';
  return {
    currency: order.currency,
    unitPrices: order.lines.map((line) => plainPrice(line.finalUnitPrice ?? line.orderedUnitPrice)),
    shippingCost: terms.shippingCost ?? '',
    discount: terms.discount ?? '',
    deliveryDate: terms.deliveryDate ?? (saved ? '' : (request.requestedDeliveryDate ?? '')),
    leadTimeDays: terms.leadTimeDays !== null ? String(terms.leadTimeDays) : '',
    incoterm: terms.incoterm ?? (saved ? '' : (request.preferredIncoterm ?? '')),
    namedPlace: terms.namedPlace ?? '',
    portOfLoading: terms.portOfLoading ?? '',
    portOfDestination: terms.portOfDestination ?? (saved ? '' : (request.destinationPort ?? '')),
    paymentMethod,
    depositPercent,
    paymentTerms: terms.paymentTerms ?? propose(paymentMethod, depositPercent),
    packaging: terms.packaging ?? '',
    offerValidUntil: terms.offerValidUntil ?? addDays(today, DEFAULT_OFFER_DAYS),
    supplierNote: terms.supplierNote ?? '',
  };
}

/** Full-width digits and punctuation typed with a CJK input method → ASCII; spaces trimmed. */
const clean = (value: string) => value.normalize('NFKC').trim();
const optional = (value: string) => (clean(value) === '' ? undefined : clean(value));
/** A whole number as typed, or NaN (the schema then names the field) — never a guess. */
const wholeNumber = (value: string) => {
  const v = clean(value);
  if (v === '') return undefined;
  return /^\d{1,9}$/.test(v) ? Number(v) : Number.NaN;
};

/**
 * The request the form sends. Empty fields are left out; ports only go with export orders
 * (a domestic order has none); the deposit only with a payment method that takes one.
 * Not validated here: the caller checks it with orderTermsSchema, as the server does.
 */
export function toTermsRequest(values: TermsValues, version: number, tradeType: OrderDetail['tradeType']) {
  const isExport = tradeType === 'export';
  return {
    version,
    currency: values.currency,
    lines: values.unitPrices.map((unitPrice, i) => ({ position: i + 1, unitPrice: clean(unitPrice) })),
    shippingCost: optional(values.shippingCost),
    discount: optional(values.discount),
    deliveryDate: optional(values.deliveryDate),
    leadTimeDays: wholeNumber(values.leadTimeDays),
    incoterm: optional(values.incoterm),
    namedPlace: optional(values.namedPlace),
    portOfLoading: isExport ? optional(values.portOfLoading) : undefined,
    portOfDestination: isExport ? optional(values.portOfDestination) : undefined,
    paymentMethod: values.paymentMethod,
    depositPercent: wholeNumber(values.depositPercent),
    paymentTerms: clean(values.paymentTerms),
    packaging: optional(values.packaging),
    offerValidUntil: clean(values.offerValidUntil),
    supplierNote: values.supplierNote.trim() === '' ? undefined : values.supplierNote.trim(),
  };
}
export type TermsRequestDraft = ReturnType<typeof toTermsRequest>;

/** Fields whose value differs between two sets of values. */
export function changedFields(a: TermsValues, b: TermsValues): TermsField[] {
  return fieldsOf(a).filter((f) => valueOf(a, f) !== valueOf(b, f));
}

/** True when the shown totals no longer match what is typed: a price, the currency, shipping or discount. */
export function totalsOutdated(values: TermsValues, saved: TermsValues): boolean {
  return changedFields(values, saved).some((f) => f.startsWith('lines.') || MONEY_FIELDS.includes(f as ScalarField));
}

/** A saved state from the server, with every field changed here (`keep`) as typed. */
export function withServerValues(current: TermsValues, saved: TermsValues, keep: ReadonlySet<TermsField>): TermsValues {
  let merged = saved;
  for (const field of keep) merged = withValue(merged, field, valueOf(current, field));
  return merged;
}

/** The API's path ("body.lines.1.unitPrice") as a field of the form, if it is one. */
export function fieldOfPath(path: string, lineCount: number): ErrorField | undefined {
  const name = path.replace(/^body\./, '');
  return termsFields(lineCount).find((f) => f === name);
}
