import type { CommercialInvoiceModel } from '../document-models.js';
import { fixDecimals, groupDigits, sumDecimals } from './decimal.js';
import { invoiceClosing, invoiceHeader } from './invoice-header.js';
import { drawTable, openDocument, shortHash } from './pdf-kit.js';
import { INVOICE_TEMPLATE, loadTemplate, type InvoiceTemplate } from './templates.js';

/**
 * The packing list (guide 5.3.2) from the export invoice's model: per line the packages, net and
 * gross weight and measurement the supplier entered, and their exact totals (3 decimals, BigInt).
 */
export async function renderPackingList(model: CommercialInvoiceModel, contentSha256: string) {
  const t = loadTemplate<InvoiceTemplate>(INVOICE_TEMPLATE.templateId, INVOICE_TEMPLATE.templateVersion);
  const L = t.labels;
  const title = t.titles.packing_list!;
  const { doc, finish } = openDocument({ title: `${title} ${model.number}`, date: model.date, contentSha256 });
  invoiceHeader(doc, model, t);

  const packing = model.fields?.packing ?? [];
  const kg = (value: string) => groupDigits(fixDecimals(value, 3));
  const rows = model.lines.map((line) => {
    const pack = packing.find((p) => p.position === line.position);
    return [
      String(line.position),
      [line.nameEn, line.model].filter(Boolean).join('\n'),
      `${groupDigits(String(line.quantity))} ${t.units[line.unit] ?? line.unit}`,
      pack ? `${groupDigits(String(pack.packages))} ${t.packageKinds[pack.packageKind] ?? pack.packageKind}` : '—',
      pack ? kg(pack.netWeightKg) : '—',
      pack ? kg(pack.grossWeightKg) : '—',
      pack ? kg(pack.volumeCbm) : '—',
    ];
  });
  const totals = packingTotals(packing);
  rows.push([
    '',
    L.totals!,
    '',
    `${groupDigits(String(totals.packages))}`,
    groupDigits(totals.netWeightKg),
    groupDigits(totals.grossWeightKg),
    groupDigits(totals.volumeCbm),
  ]);
  drawTable(
    doc,
    [
      { header: L.colNo!, width: 5, align: 'center' },
      { header: L.colDescription!, width: 31 },
      { header: L.colQuantity!, width: 12, align: 'right' },
      { header: L.colPackages!, width: 13, align: 'right' },
      { header: L.colNet!, width: 13, align: 'right' },
      { header: L.colGross!, width: 13, align: 'right' },
      { header: L.colVolume!, width: 13, align: 'right' },
    ],
    rows,
    { fontSize: 8, boldRows: new Set([rows.length - 1]) },
  );
  invoiceClosing(doc, model, t, null);

  const hash = shortHash(contentSha256);
  return finish((page, pages) => `${title} ${model.number} · ${hash} · ${L.page} ${page} / ${pages}`);
}

/** Exact totals of a packing list: weights and volume with 3 decimals. */
export function packingTotals(
  packing: readonly { packages: number; netWeightKg: string; grossWeightKg: string; volumeCbm: string }[],
) {
  return {
    packages: packing.reduce((sum, p) => sum + p.packages, 0),
    netWeightKg: sumDecimals(
      packing.map((p) => p.netWeightKg),
      3,
    ),
    grossWeightKg: sumDecimals(
      packing.map((p) => p.grossWeightKg),
      3,
    ),
    volumeCbm: sumDecimals(
      packing.map((p) => p.volumeCbm),
      3,
    ),
  };
}
