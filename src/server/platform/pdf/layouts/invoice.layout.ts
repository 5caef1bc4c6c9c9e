import type { CommercialInvoiceModel } from '../document-models.js';
import { amountInEnglishWords } from '../../../../shared/amount-words.js';
import { groupDigits } from './decimal.js';
import { invoiceClosing, invoiceHeader } from './invoice-header.js';
import { BOLD, drawTable, openDocument, shortHash } from './pdf-kit.js';
import { INVOICE_TEMPLATE, loadTemplate, type InvoiceTemplate } from './templates.js';

/**
 * The commercial invoice in English (guide 5.3.2), and the proforma invoice in the same layout
 * (kind 'proforma_invoice': no supplier fields yet, so ports and marks show "to be advised").
 */
export async function renderInvoice(model: CommercialInvoiceModel, contentSha256: string) {
  const t = loadTemplate<InvoiceTemplate>(INVOICE_TEMPLATE.templateId, INVOICE_TEMPLATE.templateVersion);
  const L = t.labels;
  const title = t.titles[model.kind] ?? model.kind;
  const { doc, finish } = openDocument({ title: `${title} ${model.number}`, date: model.date, contentSha256 });
  invoiceHeader(doc, model, t);

  const money = (amount: string) => groupDigits(amount);
  const rows = model.lines.map((line) => [
    String(line.position),
    [line.nameEn, line.model].filter(Boolean).join('\n'),
    line.hsCode ?? '—',
    line.originNameEn ?? line.origin ?? '—',
    `${groupDigits(String(line.quantity))} ${t.units[line.unit] ?? line.unit}`,
    money(line.unitPrice),
    money(line.amount),
  ]);
  const sum = (label: string, amount: string) => ['', label, '', '', '', '', amount];
  rows.push(sum(L.goodsTotal!, money(model.goodsTotal)));
  if (model.shippingCost !== null) rows.push(sum(L.shipping!, money(model.shippingCost)));
  if (model.discount !== null) rows.push(sum(L.discount!, `-${money(model.discount)}`));
  rows.push(
    sum(
      `${L.total} ${[model.incoterm, model.namedPlace].filter(Boolean).join(' ')}`,
      `${model.currency} ${money(model.total)}`,
    ),
  );
  drawTable(
    doc,
    [
      { header: L.colNo!, width: 5, align: 'center' },
      { header: L.colDescription!, width: 31 },
      { header: L.colHs!, width: 12 },
      { header: L.colOrigin!, width: 10 },
      { header: L.colQuantity!, width: 12, align: 'right' },
      { header: `${L.colUnitPrice} (${model.currency})`, width: 13, align: 'right' },
      { header: `${L.colAmount} (${model.currency})`, width: 17, align: 'right' },
    ],
    rows,
    { fontSize: 8, boldRows: new Set([rows.length - 1]) },
  );
  doc.moveDown(0.5);
  doc
    .font(BOLD)
    .fontSize(8.5)
    .text(`${L.inWords}: ${amountInEnglishWords(model.total, model.currency)}`);
  invoiceClosing(doc, model, t, model.kind === 'proforma_invoice' ? L.proformaNote! : L.declaration!);

  const hash = shortHash(contentSha256);
  return finish((page, pages) => `${title} ${model.number} · ${hash} · ${L.page} ${page} / ${pages}`);
}
