import { describe, expect, it } from 'vitest';
import { ARBITRATION_BODIES, GOVERNING_LAWS } from '../../../shared/schemas/documents.js';
import {
  commercialInvoiceModel,
  domesticContractModel,
  exportContractModel,
  packingListModel,
  packingTotals,
  proformaInvoiceModel,
} from '../../test/document-fixtures.js';
import { pdfText } from '../../test/pdf-text.js';
import type { DocumentModel } from './document-models.js';
import { amountInChineseCapitals, amountInEnglishWords } from '../../../shared/amount-words.js';
import { resetLayoutCaches } from './layouts/pdf-kit.js';
import { renderDocument } from './layouts/render-document.js';
import { currentContractTemplate, loadTemplate, type ContractTemplate } from './layouts/templates.js';
import { contentSha256 } from './pdf-service.js';

/** Text extracted as a reader's search would see it; wrapping inside table cells is ignored. */
const squash = (text: string) => text.replace(/\s+/g, '');

async function render(model: DocumentModel) {
  const hash = contentSha256(model);
  const { pdf, pages } = await renderDocument(model, hash);
  return { pdf, pages, hash, text: await pdfText(pdf) };
}

function expectAll(text: string, expected: readonly string[]) {
  const missing = expected.filter((e) => !squash(text).includes(squash(e)));
  expect(missing).toEqual([]);
}

describe('contract layout (bilingual)', () => {
  it('an export contract shows the parties, goods, totals in figures and words, and every clause', async () => {
    const m = exportContractModel;
    const { text, pages, pdf, hash } = await render(m);
    expectAll(text, [
      '购销合同',
      'SALES CONTRACT',
      '合同编号 Contract No. BR-C-2026-000123',
      '版本 Version 2',
      'BR-2026-000123',
      '签订日期 Date of signing 2026-12-06',
      '签订地点 Place of signing 宁波 Ningbo',
      // Parties: Chinese, Latin and Cyrillic.
      '宁波海曙恒达机械有限公司',
      'Ningbo Haishu Hengda Machinery Co., Ltd.',
      '浙江省宁波市海曙区望春工业园区丰成路88号',
      '91330203MA2GQ4XK7N',
      '陈建国',
      'sales@hengda-machinery.example',
      'ООО «Сибирский Инструмент»',
      '630099, Новосибирск, ул. Красный проспект, д. 42, офис 301',
      'ИНН 5406123456',
      'Иванов Сергей Петрович',
      '+7 383 210 4455',
      // Goods.
      '1 不锈钢球阀 DN50 Stainless steel ball valve DN50 BV-50-SS304 8481804090 件 pc 200 18.5000 3,700.00',
      '2 气动执行器 Pneumatic actuator PA-63D 8412310090 套 set 50 96.2500 4,812.50',
      '3 法兰垫片（石墨） Graphite flange gasket — 6815100000 盒 box 30 12.0000 360.00',
      // Totals.
      '货款合计 Goods total USD 8,872.50',
      '运费 Shipping USD 650.00',
      '折扣 Discount -USD 122.50',
      '合同总额 Contract total (小写 In figures) USD 9,400.00',
      amountInChineseCapitals('9400.00', 'USD'),
      amountInEnglishWords('9400.00', 'USD'),
      '大写 In words 美元玖仟肆佰元整 SAY US DOLLARS NINE THOUSAND FOUR HUNDRED ONLY',
      // Clauses.
      'CIF Vladivostok（《国际贸易术语解释通则2020》）',
      'Trade term: CIF Vladivostok (Incoterms® 2020). Port of loading: Ningbo; port of destination: Vladivostok.',
      '不迟于2027-02-15',
      'Partial shipments: not allowed; transhipment: allowed.',
      '包装：Export cartons on fumigated wooden pallets',
      'Shipping marks: SIBINSTRUMENT / NOVOSIBIRSK / C/NO. 1-UP',
      '允许±5%',
      '电汇（T/T）',
      'The Buyer shall pay 30% of the contract total as a deposit',
      'Payment terms: 30% deposit by T/T after signing, 70% balance against copy of B/L.',
      'China Certification & Inspection Group (CCIC)',
      '应于货物到达后30天内',
      'within 30 days after the arrival of the goods',
      'The warranty period is 18 months',
      '八、不可抗力 8. Force majeure',
      '中国国际经济贸易仲裁委员会上海分会',
      'CIETAC Shanghai Sub-Commission for arbitration in Shanghai',
      '《联合国国际货物销售合同公约》',
      'United Nations Convention on Contracts for the International Sale of Goods (CISG)',
      '两种文本具有同等效力',
      'both texts being equally authentic',
      '十二、其他条款 12. Other terms',
      'Certificate of origin (Form A)',
      // Signature and seal blocks.
      '卖方（盖章） Seller (seal)',
      '买方（盖章） Buyer (seal)',
      '授权代表签字 Authorized signature',
      '日期 Date',
      // The footer of each page: which version a signed copy is of.
      `BR-C-2026-000123 · version 2 · ${hash.slice(0, 12)} · page 1 / 2`,
      `BR-C-2026-000123 · version 2 · ${hash.slice(0, 12)} · page 2 / 2`,
    ]);
    expect(pages).toBeLessThanOrEqual(2);
    expect(pdf.byteLength).toBeLessThanOrEqual(200 * 1024);
  });

  it('a domestic contract names the delivery address and lead time, no Incoterm, and leaves out empty clauses', async () => {
    const m = domesticContractModel;
    const { text, pages, pdf } = await render(m);
    expectAll(text, [
      '上海博远贸易有限公司',
      '91310115MA1K3Y8P2C',
      '交货地点：上海市浦东新区金桥路1588号3号仓库',
      '本合同生效后25天内',
      'within 25 days after this Contract takes effect',
      'CNY 62,184.00',
      amountInChineseCapitals('62184.00', 'CNY'),
      amountInEnglishWords('62184.00', 'CNY'),
      '人民币陆万贰仟壹佰捌拾肆元整 SAY CHINESE YUAN SIXTY-TWO THOUSAND ONE HUNDRED AND EIGHTY-FOUR ONLY',
      '付款约定：货到验收合格后15日内一次性付清。',
      '中国国际经济贸易仲裁委员会',
      'in Beijing',
      '本合同适用中华人民共和国法律',
    ]);
    expect(text).not.toContain('Incoterms');
    expect(text).not.toContain('Shipping marks:');
    expect(text).not.toContain('其他条款');
    expect(text).not.toContain('运费');
    expect(text).not.toContain('as a deposit');
    expect(pages).toBeLessThanOrEqual(2);
    expect(pdf.byteLength).toBeLessThanOrEqual(200 * 1024);
  });

  it('the template names every arbitration body and governing law the form offers, and each renders', async () => {
    const current = currentContractTemplate();
    const t = loadTemplate<ContractTemplate>(current.templateId, current.templateVersion);
    expect(Object.keys(t.arbitrationBodies).sort()).toEqual([...ARBITRATION_BODIES].sort());
    expect(Object.keys(t.governingLaws).sort()).toEqual([...GOVERNING_LAWS].sort());
    const model = {
      ...exportContractModel,
      clauses: { ...exportContractModel.clauses, arbitrationBody: 'hkiac' as const, governingLaw: 'england' as const },
    };
    expectAll((await render(model)).text, [
      '香港国际仲裁中心',
      'Hong Kong International Arbitration Centre (HKIAC) for arbitration in Hong Kong',
      'the laws of England and Wales',
    ]);
  });

  it('a 50-line order with long extra terms flows over pages: every line, the table head repeated, a footer on each page', async () => {
    const base = exportContractModel.lines[0]!;
    const lines = Array.from({ length: 50 }, (_, i) => ({ ...base, position: i + 1, model: `BV-${1000 + i}` }));
    const extraTerms = Array.from({ length: 40 }, (_, i) => `Term ${i + 1}: the Seller shall label each carton.`).join(
      '\n',
    );
    const model = { ...exportContractModel, lines, clauses: { ...exportContractModel.clauses, extraTerms } };
    const { text, pages, hash } = await render(model);
    expect(pages).toBeGreaterThan(2);
    expectAll(text, [...lines.map((l) => l.model!), 'Term 40: the Seller shall label each carton.']);
    expect(squash(text).split(squash('HS编码 HS code')).length - 1).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page++) expectAll(text, [`${hash.slice(0, 12)} · page ${page} / ${pages}`]);
  });

  it('a model naming a template that does not exist is refused', async () => {
    await expect(renderDocument({ ...exportContractModel, templateVersion: 99 }, 'x')).rejects.toThrow();
    await expect(renderDocument({ ...exportContractModel, templateId: '../../etc' }, 'x')).rejects.toThrow(
      /invalid template/,
    );
  });
});

describe('determinism', () => {
  it('a document has the same bytes whatever was rendered before it on the thread', async () => {
    resetLayoutCaches();
    const hash = contentSha256(domesticContractModel);
    const fresh = await renderDocument(domesticContractModel, hash);
    await renderDocument(exportContractModel, contentSha256(exportContractModel));
    await renderDocument(commercialInvoiceModel, contentSha256(commercialInvoiceModel));
    const warm = await renderDocument(domesticContractModel, hash);
    expect(warm.pdf.equals(fresh.pdf)).toBe(true);
  });
});

describe('export documents (English)', () => {
  it('the commercial invoice shows the parties, goods with HS codes and origin, shipment and the total in words', async () => {
    const { text, hash } = await render(commercialInvoiceModel);
    expectAll(text, [
      'COMMERCIAL INVOICE',
      'Invoice No.: CI-2026-000123',
      'Date: 2026-12-06',
      'Contract No.: BR-C-2026-000123',
      'Ningbo Haishu Hengda Machinery Co., Ltd.',
      'OOO «Sibirskiy Instrument» / ООО «Сибирский Инструмент»',
      'CIF Vladivostok',
      'Port of loading: Ningbo',
      'Port of destination: Vladivostok',
      'Country of destination: Russia',
      'Vessel / flight: MSC AURORA V.612E',
      'Payment terms: 30% deposit by T/T after signing',
      '1 Stainless steel ball valve DN50 BV-50-SS304 8481804090 China 200 pcs 18.5000 3,700.00',
      '2 Pneumatic actuator PA-63D 8412310090 China 50 sets 96.2500 4,812.50',
      '3 Graphite flange gasket 6815100000 China 30 boxes 12.0000 360.00',
      'Goods total 8,872.50',
      'Freight 650.00',
      'Discount -122.50',
      'Total CIF Vladivostok USD 9,400.00',
      `Total in words: ${amountInEnglishWords('9400.00', 'USD')}`,
      'Shipping marks SIBINSTRUMENT NOVOSIBIRSK C/NO. 1-UP',
      'For and on behalf of the Seller',
      'Authorized signature',
      `COMMERCIAL INVOICE CI-2026-000123 · ${hash.slice(0, 12)} · Page 1 / 1`,
    ]);
    // English only: none of the contract's Chinese labels.
    expect(text).not.toContain('卖方');
  });

  it('the packing list shows packages, weights and measurement per line and their exact totals', async () => {
    const { text } = await render(packingListModel);
    expectAll(text, [
      'PACKING LIST',
      'Packing list No.: CI-2026-000123',
      '1 Stainless steel ball valve DN50 BV-50-SS304 200 pcs 20 cartons 410.500 436.250 1.152',
      '2 Pneumatic actuator PA-63D 50 sets 5 crates 187.125 230.000 0.875',
      '3 Graphite flange gasket 30 boxes 3 cartons 61.200 66.800 0.108',
      `Total ${packingTotals.packages} ${packingTotals.netWeightKg} ${packingTotals.grossWeightKg} ${packingTotals.volumeCbm}`,
    ]);
  });

  it('the proforma invoice is the invoice layout, marked PROFORMA, with the open fields to be advised', async () => {
    const { text } = await render(proformaInvoiceModel);
    expectAll(text, [
      'PROFORMA INVOICE',
      'Proforma invoice No.: PI-2026-000123',
      'Contract No.: to be advised',
      'Port of loading: to be advised',
      'Total CIF Vladivostok USD 9,400.00',
      amountInEnglishWords('9400.00', 'USD'),
    ]);
    expect(text).not.toContain('COMMERCIAL INVOICE');
    expect(text).not.toContain('Shipping marks');
  });
});
