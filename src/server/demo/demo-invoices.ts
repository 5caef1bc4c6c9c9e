/**
 * The demo orders' invoices (issue 13, guide 5.3), through the real API: the supplier records the
 * special VAT invoice of the completed domestic order, and corrects and confirms the commercial
 * invoice and packing list of the shipped export order (so the buyer can download them).
 */
import type {
  DomesticInvoice,
  ExportInvoice,
  ExportInvoiceFields,
  OrderDocuments,
} from '../../shared/schemas/documents.js';
import type { DemoClient } from './demo-client.js';
import { pdf } from './sample-files.js';

/** An amount including 13 % VAT split into amount and tax (exact, in cents, half-up). */
export function splitVat13(total: string): { amountExclTax: string; taxAmount: string } {
  const [whole = '0', fraction = ''] = total.split('.');
  const cents = BigInt(whole + fraction.padEnd(2, '0').slice(0, 2));
  const amount = (cents * 100n * 2n + 113n) / (113n * 2n);
  const text = (c: bigint) => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`;
  return { amountExclTax: text(amount), taxAmount: text(cents - amount) };
}

/** The supplier records the whole order total as one special VAT invoice (13 %), with its PDF. */
export async function recordDemoInvoice(
  client: DemoClient,
  supplier: string,
  orderId: string,
  total: string,
  issuedOn: string,
): Promise<DomesticInvoice> {
  const invoiceNumber = '26312000000048153620';
  const fileId = await client.upload(
    supplier,
    'domestic_invoice',
    `${invoiceNumber}.pdf`,
    pdf({ text: `Special VAT invoice ${invoiceNumber}, total ${total}` }),
  );
  const answer = await client.send<{ invoice: DomesticInvoice }>(supplier, 'POST', `/api/orders/${orderId}/invoices`, {
    invoiceNumber,
    issuedOn,
    invoiceType: 'special_vat',
    ...splitVat13(total),
    taxRate: '13',
    totalAmount: total,
    kind: 'full',
    fileId,
  });
  return answer.invoice;
}

/** The supplier corrects the draft made at acceptance (marks, vessel, packing) and confirms it. */
export async function confirmDemoCommercialInvoice(
  client: DemoClient,
  supplier: string,
  orderId: string,
  fields: Omit<ExportInvoiceFields, 'portOfLoading' | 'portOfDestination'>,
): Promise<ExportInvoice> {
  const url = `/api/orders/${orderId}/export-invoice`;
  const draft = (await client.get<OrderDocuments>(supplier, `/api/orders/${orderId}/documents`)).export!.invoice!;
  const saved = await client.send<{ invoice: ExportInvoice }>(supplier, 'PUT', url, {
    version: draft.version,
    fields: { ...draft.versions[0]!.fields, ...fields },
  });
  const confirmed = await client.send<{ invoice: ExportInvoice }>(supplier, 'POST', `${url}/confirm`, {
    version: saved.invoice.version,
  });
  return confirmed.invoice;
}
