import type { ContractDocumentModel, DocumentParty } from '../document-models.js';
import { amountInChineseCapitals, amountInEnglishWords } from '../../../../shared/amount-words.js';
import { groupDigits } from './decimal.js';
import {
  BOLD,
  MARGIN,
  REGULAR,
  contentWidth,
  drawTable,
  ensureSpace,
  openDocument,
  shortHash,
  type Doc,
} from './pdf-kit.js';
import { fill, loadTemplate, type Bilingual, type ContractTemplate } from './templates.js';

/**
 * The bilingual purchase contract (guide 5.2): every heading and clause in Chinese with the English
 * below it, texts from the versioned template the model names. The footer on each page carries
 * the contract number, version, short content hash and page count, so a signed scan shows which
 * version was signed.
 */
export async function renderContract(model: ContractDocumentModel, contentSha256: string) {
  const t = loadTemplate<ContractTemplate>(model.templateId, model.templateVersion);
  const { doc, finish } = openDocument({
    title: `${t.title.zh} ${t.title.en} ${model.contractNumber}`,
    date: model.date,
    contentSha256,
  });
  const both = (label: Bilingual) => `${label.zh} ${label.en}`;
  const L = (key: string) => both(t.labels[key] ?? { zh: key, en: key });

  doc.font(BOLD).fontSize(16).text(t.title.zh, { align: 'center' });
  doc.font(BOLD).fontSize(11).text(t.title.en, { align: 'center' });
  doc.moveDown(0.4);

  drawTable(
    doc,
    [
      { header: '', width: 15 },
      { header: '', width: 22 },
      { header: '', width: 13 },
      { header: '', width: 17 },
      { header: '', width: 14 },
      { header: '', width: 19 },
    ],
    [
      [
        L('contractNumber'),
        model.contractNumber,
        L('version'),
        String(model.versionNo),
        L('orderNumber'),
        model.orderNumber,
      ],
      [L('signingDate'), model.date, L('signingPlace'), model.clauses.signingPlace, L('currency'), model.currency],
    ],
    { header: false, fontSize: 7.5 },
  );
  doc.moveDown(0.4);
  drawTable(
    doc,
    [
      { header: '', width: 16 },
      { header: L('seller'), width: 42 },
      { header: L('buyer'), width: 42 },
    ],
    partyRows(model.seller, model.buyer, L),
    { fontSize: 7.5 },
  );
  doc.moveDown(0.4);
  paragraph(doc, t.labels.preamble!);

  const values = placeholders(model, t);
  const conditions = conditionsOf(model);
  for (const clause of t.clauses) {
    if (clause.when && !conditions[clause.when]) continue;
    ensureSpace(doc, 40);
    doc.moveDown(0.25);
    doc.font(BOLD).fontSize(9).fillColor('#000000').text(`${clause.heading.zh}  ${clause.heading.en}`);
    doc.moveDown(0.1);
    if (clause.goodsTable) goodsTable(doc, model, t);
    if (clause.totals) totals(doc, model, L);
    for (const p of clause.paragraphs) {
      if (p.when && !conditions[p.when]) continue;
      paragraph(doc, { zh: fill(p.zh, values), en: fill(p.en, values) });
    }
  }
  signatures(doc, model, L);

  const hash = shortHash(contentSha256);
  return finish(
    (page, pages) =>
      `${L('contractNumber')} ${model.contractNumber} · ${t.labels.footerVersion!.en} ${model.versionNo} · ${hash} · ${t.labels.footerPage!.en} ${page} / ${pages}`,
  );
}

const ZH_SIZE = 8.3;
const EN_SIZE = 7.7;

/** Chinese, then the English below it; a short pair shares one line (keeps a contract to 2 pages). */
function paragraph(doc: Doc, text: Bilingual) {
  doc.font(REGULAR);
  const oneLine =
    text.zh &&
    text.en &&
    doc.fontSize(ZH_SIZE).widthOfString(`${text.zh}  `) + doc.fontSize(EN_SIZE).widthOfString(text.en) <
      contentWidth(doc) - 4;
  if (oneLine) {
    doc.fontSize(ZH_SIZE).fillColor('#000000').text(`${text.zh}  `, { continued: true });
    doc.fontSize(EN_SIZE).fillColor('#333333').text(text.en);
  } else {
    if (text.zh) doc.fontSize(ZH_SIZE).fillColor('#000000').text(text.zh, { lineGap: 0.5 });
    if (text.en) doc.fontSize(EN_SIZE).fillColor('#333333').text(text.en);
  }
  doc.fillColor('#000000').moveDown(0.15);
}

function partyRows(seller: DocumentParty, buyer: DocumentParty, L: (key: string) => string): string[][] {
  const name = (p: DocumentParty) => [p.nameZh, p.nameEn].filter(Boolean).join('\n');
  const address = (p: DocumentParty) =>
    [p.registeredAddress, `${p.countryNameZh} ${p.countryNameEn}`].filter(Boolean).join('\n');
  const contact = (p: DocumentParty) => [p.phone, p.email].filter(Boolean).join('  ');
  return [
    [L('name'), name(seller), name(buyer)],
    [L('registeredAddress'), address(seller), address(buyer)],
    [L('registrationNumber'), seller.registrationNumber ?? '—', buyer.registrationNumber ?? '—'],
    [L('representative'), seller.representative ?? '—', buyer.representative ?? '—'],
    [L('contact'), contact(seller) || '—', contact(buyer) || '—'],
  ];
}

function goodsTable(doc: Doc, model: ContractDocumentModel, t: ContractTemplate) {
  const label = (key: string) => `${t.labels[key]!.zh}\n${t.labels[key]!.en}`;
  drawTable(
    doc,
    [
      { header: label('colNo'), width: 6, align: 'center' },
      { header: label('colName'), width: 26 },
      { header: label('colModel'), width: 12 },
      { header: label('colHs'), width: 11 },
      { header: label('colUnit'), width: 7, align: 'center' },
      { header: label('colQuantity'), width: 10, align: 'right' },
      { header: `${label('colUnitPrice')} (${model.currency})`, width: 13, align: 'right' },
      { header: `${label('colAmount')} (${model.currency})`, width: 15, align: 'right' },
    ],
    model.lines.map((line) => {
      const unit = t.units[line.unit];
      return [
        String(line.position),
        `${line.nameZh}\n${line.nameEn}`,
        line.model ?? '—',
        line.hsCode ?? '—',
        unit ? `${unit.zh}\n${unit.en}` : line.unit,
        groupDigits(String(line.quantity)),
        groupDigits(line.unitPrice),
        groupDigits(line.amount),
      ];
    }),
    { fontSize: 7.5 },
  );
  doc.moveDown(0.3);
}

function totals(doc: Doc, model: ContractDocumentModel, L: (key: string) => string) {
  const money = (amount: string) => `${model.currency} ${groupDigits(amount)}`;
  const rows = [[L('goodsTotal'), money(model.goodsTotal)]];
  if (model.shippingCost !== null) rows.push([L('shipping'), money(model.shippingCost)]);
  if (model.discount !== null) rows.push([L('discount'), `-${money(model.discount)}`]);
  rows.push([`${L('total')} (${L('inFigures')})`, money(model.total)]);
  rows.push([`${L('inWords')}`, amountInChineseCapitals(model.total, model.currency)]);
  rows.push(['', amountInEnglishWords(model.total, model.currency)]);
  drawTable(
    doc,
    [
      { header: '', width: 30 },
      { header: '', width: 70 },
    ],
    rows,
    { header: false, fontSize: 8, boldRows: new Set([rows.length - 3]) },
  );
  doc.moveDown(0.2);
}

function signatures(doc: Doc, model: ContractDocumentModel, L: (key: string) => string) {
  const height = 96;
  ensureSpace(doc, height + 10);
  doc.moveDown(0.6);
  const top = doc.y;
  const half = contentWidth(doc) / 2;
  const block = (x: string[], left: number) => {
    doc
      .font(BOLD)
      .fontSize(9)
      .text(x[0]!, left, top, { width: half - 12 });
    doc
      .font(REGULAR)
      .fontSize(8.5)
      .text(x[1]!, { width: half - 12 });
    doc.moveDown(2);
    doc.text(`${L('signature')}：____________________`, { width: half - 12 });
    doc.moveDown(0.8);
    doc.text(`${L('date')}：____________________`, { width: half - 12 });
  };
  const name = (p: DocumentParty) => p.nameZh ?? p.nameEn ?? '';
  block([L('sellerSeal'), name(model.seller)], MARGIN);
  block([L('buyerSeal'), name(model.buyer)], MARGIN + half + 12);
  doc.x = MARGIN;
  doc.y = top + height;
}

function yesNo(value: boolean, t: ContractTemplate): Bilingual {
  return t.words[value ? 'allowed' : 'notAllowed']!;
}

/** The conditions a template's `when` may name. */
function conditionsOf(model: ContractDocumentModel): Record<string, boolean> {
  return {
    export: model.tradeType === 'export',
    domestic: model.tradeType === 'domestic',
    deliveryDate: model.deliveryDate !== null,
    leadTime: model.deliveryDate === null && model.leadTimeDays !== null,
    shippingMarks: Boolean(model.clauses.shippingMarks),
    deposit: (model.depositPercent ?? 0) > 0,
    paymentTerms: Boolean(model.paymentTerms),
    extraTerms: Boolean(model.clauses.extraTerms),
  };
}

/** The values a template's {{placeholders}} may name. */
function placeholders(model: ContractDocumentModel, t: ContractTemplate): Record<string, string> {
  const c = model.clauses;
  const body = t.arbitrationBodies[c.arbitrationBody];
  const law = t.governingLaws[c.governingLaw];
  const method = model.paymentMethod ? t.paymentMethods[model.paymentMethod] : undefined;
  const none = t.words.none!;
  if (!body || !law)
    throw new Error(`template ${t.templateId} v${t.templateVersion} lacks ${c.arbitrationBody}/${c.governingLaw}`);
  const dash = (v: string | null | undefined) => v ?? '—';
  return {
    incoterm: dash(model.incoterm),
    namedPlace: model.namedPlace ?? '',
    portOfLoading: dash(model.portOfLoading),
    portOfDestination: dash(model.portOfDestination),
    deliveryAddress: dash(model.deliveryAddress),
    deliveryDate: dash(model.deliveryDate),
    leadTimeDays: String(model.leadTimeDays ?? ''),
    partialShipmentsZh: yesNo(c.partialShipments, t).zh,
    partialShipmentsEn: yesNo(c.partialShipments, t).en,
    transhipmentZh: yesNo(c.transhipment, t).zh,
    transhipmentEn: yesNo(c.transhipment, t).en,
    packaging: c.packaging,
    shippingMarks: c.shippingMarks ?? none.en,
    tolerancePercent: String(c.tolerancePercent),
    paymentMethodZh: method?.zh ?? none.zh,
    paymentMethodEn: method?.en ?? none.en,
    currency: model.currency,
    depositPercent: String(model.depositPercent ?? 0),
    paymentTerms: model.paymentTerms ?? '',
    inspectionBody: c.inspectionBody,
    claimPeriodDays: String(c.claimPeriodDays),
    warrantyMonths: String(c.warrantyMonths),
    arbitrationBodyZh: body.zh,
    arbitrationBodyEn: body.en,
    arbitrationSeatZh: body.seatZh,
    arbitrationSeatEn: body.seatEn,
    governingLawZh: law.zh,
    governingLawEn: law.en,
    extraTerms: c.extraTerms ?? '',
  };
}
