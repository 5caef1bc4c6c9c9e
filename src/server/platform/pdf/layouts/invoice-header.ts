import type { CommercialInvoiceModel, DocumentParty } from '../document-models.js';
import { BOLD, MARGIN, REGULAR, contentWidth, drawTable, type Doc } from './pdf-kit.js';
import type { InvoiceTemplate } from './templates.js';

/**
 * The English export documents share their head: title, seller and buyer, numbers and the
 * shipment (commercial invoice, proforma, packing list; guide 5.3.2).
 */

/** The party's English name (a Chinese-only name is shown as it is). */
export function partyName(party: DocumentParty): string {
  return party.nameEn ?? party.nameZh ?? '';
}

function partyBlock(party: DocumentParty, t: InvoiceTemplate): string {
  const contact = [party.phone, party.email].filter(Boolean).join('  ');
  return [
    partyName(party),
    party.registeredAddress,
    party.countryNameEn,
    party.registrationNumber ? `${t.labels.registrationNumber}: ${party.registrationNumber}` : null,
    contact ? `${t.labels.contact}: ${contact}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

export function invoiceHeader(doc: Doc, model: CommercialInvoiceModel, t: InvoiceTemplate): void {
  const L = t.labels;
  doc
    .font(BOLD)
    .fontSize(16)
    .fillColor('#000000')
    .text(t.titles[model.kind] ?? model.kind, MARGIN, doc.y, {
      align: 'center',
      width: contentWidth(doc),
    });
  doc.moveDown(0.5);
  const numberLabel =
    model.kind === 'proforma_invoice'
      ? L.proformaNumber
      : model.kind === 'packing_list'
        ? L.packingListNumber
        : L.invoiceNumber;
  const tbd = L.tbd!;
  const fields = model.fields;
  const place = [model.incoterm, model.namedPlace].filter(Boolean).join(' ');
  drawTable(
    doc,
    [
      { header: L.seller!, width: 50 },
      { header: `${numberLabel}: ${model.number}`, width: 50 },
    ],
    [
      [
        partyBlock(model.seller, t),
        [
          `${L.date}: ${model.date}`,
          `${L.contractNumber}: ${model.contractNumber ?? tbd}`,
          `${L.orderNumber}: ${model.orderNumber}`,
          `${L.currency}: ${model.currency}`,
        ].join('\n'),
      ],
    ],
    { fontSize: 8 },
  );
  drawTable(
    doc,
    [
      { header: L.buyer!, width: 50 },
      { header: L.incoterm!, width: 50 },
    ],
    [
      [
        partyBlock(model.buyer, t),
        [
          place || tbd,
          `${L.portOfLoading}: ${fields?.portOfLoading ?? tbd}`,
          `${L.portOfDestination}: ${fields?.portOfDestination ?? tbd}`,
          `${L.destinationCountry}: ${model.destinationCountryNameEn ?? tbd}`,
          `${L.vesselOrFlight}: ${fields?.vesselOrFlight ?? tbd}`,
          `${L.paymentTerms}: ${model.paymentTerms ?? tbd}`,
        ].join('\n'),
      ],
    ],
    { fontSize: 8 },
  );
  doc.moveDown(0.6);
}

/** Shipping marks, then the signature line "For and on behalf of the Seller". */
export function invoiceClosing(doc: Doc, model: CommercialInvoiceModel, t: InvoiceTemplate, note: string | null): void {
  const L = t.labels;
  doc.moveDown(0.6);
  if (model.fields?.shippingMarks) {
    doc.font(BOLD).fontSize(8.5).text(L.shippingMarks!);
    doc.font(REGULAR).fontSize(8.5).text(model.fields.shippingMarks);
    doc.moveDown(0.5);
  }
  if (note) {
    doc.font(REGULAR).fontSize(8).fillColor('#333333').text(note);
    doc.fillColor('#000000').moveDown(0.5);
  }
  if (doc.y + 80 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const width = contentWidth(doc) / 2;
  const left = MARGIN + width;
  doc.moveDown(1);
  doc
    .font(REGULAR)
    .fontSize(8.5)
    .text(`${L.forSeller}: ${partyName(model.seller)}`, left, doc.y, { width });
  doc.moveDown(2.5);
  doc.text('______________________________', left, doc.y, { width });
  doc.text(L.signature!, left, doc.y, { width });
  doc.x = MARGIN;
}
