import type {
  CommercialInvoiceModel,
  ContractDocumentModel,
  DocumentLine,
  DocumentParty,
} from '../platform/pdf/document-models.js';

/**
 * Fixed document models for tests (PDF layouts, contracts, invoices): a domestic and an export
 * contract for a 3-line order, and the export invoice documents of the export order. Party names
 * cover Chinese, Latin and Cyrillic.
 */

export const fixtureSeller: DocumentParty = {
  nameZh: '宁波海曙恒达机械有限公司',
  nameEn: 'Ningbo Haishu Hengda Machinery Co., Ltd.',
  country: 'CN',
  countryNameZh: '中国',
  countryNameEn: 'China',
  registeredAddress: '浙江省宁波市海曙区望春工业园区丰成路88号',
  registrationNumber: '91330203MA2GQ4XK7N',
  representative: '陈建国',
  phone: '+86 574 8765 4321',
  email: 'sales@hengda-machinery.example',
};

export const fixtureDomesticBuyer: DocumentParty = {
  nameZh: '上海博远贸易有限公司',
  nameEn: 'Shanghai Boyuan Trading Co., Ltd.',
  country: 'CN',
  countryNameZh: '中国',
  countryNameEn: 'China',
  registeredAddress: '上海市浦东新区张杨路1200号15楼',
  registrationNumber: '91310115MA1K3Y8P2C',
  representative: '王丽',
  phone: '+86 21 5888 1234',
  email: 'purchase@boyuan.example',
};

export const fixtureExportBuyer: DocumentParty = {
  nameZh: null,
  nameEn: 'OOO «Sibirskiy Instrument» / ООО «Сибирский Инструмент»',
  country: 'RU',
  countryNameZh: '俄罗斯',
  countryNameEn: 'Russia',
  registeredAddress: '630099, Новосибирск, ул. Красный проспект, д. 42, офис 301',
  registrationNumber: 'ИНН 5406123456',
  representative: 'Иванов Сергей Петрович',
  phone: '+7 383 210 4455',
  email: 'zakupki@sibinstrument.example',
};

function line(position: number, values: Omit<DocumentLine, 'position'>): DocumentLine {
  return { position, ...values };
}

const exportLines: DocumentLine[] = [
  line(1, {
    nameZh: '不锈钢球阀 DN50',
    nameEn: 'Stainless steel ball valve DN50',
    model: 'BV-50-SS304',
    hsCode: '8481804090',
    origin: 'CN',
    originNameEn: 'China',
    unit: 'piece',
    quantity: 200,
    unitPrice: '18.5000',
    amount: '3700.00',
  }),
  line(2, {
    nameZh: '气动执行器',
    nameEn: 'Pneumatic actuator',
    model: 'PA-63D',
    hsCode: '8412310090',
    origin: 'CN',
    originNameEn: 'China',
    unit: 'set',
    quantity: 50,
    unitPrice: '96.2500',
    amount: '4812.50',
  }),
  line(3, {
    nameZh: '法兰垫片（石墨）',
    nameEn: 'Graphite flange gasket',
    model: null,
    hsCode: '6815100000',
    origin: 'CN',
    originNameEn: 'China',
    unit: 'box',
    quantity: 30,
    unitPrice: '12.0000',
    amount: '360.00',
  }),
];

export const exportContractModel: ContractDocumentModel = {
  kind: 'contract',
  templateId: 'sales-contract',
  templateVersion: 1,
  contractNumber: 'BR-C-2026-000123',
  versionNo: 2,
  orderNumber: 'BR-2026-000123',
  date: '2026-12-06',
  seller: fixtureSeller,
  buyer: fixtureExportBuyer,
  tradeType: 'export',
  currency: 'USD',
  lines: exportLines,
  goodsTotal: '8872.50',
  shippingCost: '650.00',
  discount: '122.50',
  total: '9400.00',
  incoterm: 'CIF',
  namedPlace: 'Vladivostok',
  portOfLoading: 'Ningbo',
  portOfDestination: 'Vladivostok',
  deliveryDate: '2027-02-15',
  leadTimeDays: null,
  paymentMethod: 'tt',
  depositPercent: 30,
  paymentTerms: '30% deposit by T/T after signing, 70% balance against copy of B/L.',
  deliveryAddress: null,
  clauses: {
    signingPlace: '宁波 Ningbo',
    packaging: 'Export cartons on fumigated wooden pallets, suitable for sea transport.',
    shippingMarks: 'SIBINSTRUMENT / NOVOSIBIRSK / C/NO. 1-UP',
    inspectionBody: 'China Certification & Inspection Group (CCIC)',
    claimPeriodDays: 30,
    warrantyMonths: 18,
    tolerancePercent: 5,
    partialShipments: false,
    transhipment: true,
    arbitrationBody: 'cietac_shanghai',
    governingLaw: 'prc_cisg',
    extraTerms: 'Certificate of origin (Form A) to be provided with the shipping documents.',
  },
};

export const domesticContractModel: ContractDocumentModel = {
  ...exportContractModel,
  contractNumber: 'BR-C-2026-000124',
  versionNo: 1,
  orderNumber: 'BR-2026-000124',
  buyer: fixtureDomesticBuyer,
  tradeType: 'domestic',
  currency: 'CNY',
  lines: [
    { ...exportLines[0]!, unitPrice: '128.0000', amount: '25600.00' },
    { ...exportLines[1]!, unitPrice: '680.5000', amount: '34025.00' },
    { ...exportLines[2]!, unitPrice: '85.3000', amount: '2559.00' },
  ],
  goodsTotal: '62184.00',
  shippingCost: null,
  discount: null,
  total: '62184.00',
  incoterm: null,
  namedPlace: null,
  portOfLoading: null,
  portOfDestination: null,
  deliveryDate: null,
  leadTimeDays: 25,
  paymentMethod: 'tt',
  depositPercent: 0,
  paymentTerms: '货到验收合格后15日内一次性付清。',
  deliveryAddress: '上海市浦东新区金桥路1588号3号仓库',
  clauses: {
    ...exportContractModel.clauses,
    signingPlace: '宁波',
    packaging: '纸箱包装，适合公路运输。',
    shippingMarks: undefined,
    inspectionBody: '买方质检部门',
    arbitrationBody: 'cietac_beijing',
    governingLaw: 'prc',
    extraTerms: undefined,
  },
};

export const commercialInvoiceModel: CommercialInvoiceModel = {
  kind: 'commercial_invoice',
  number: 'CI-2026-000123',
  date: '2026-12-06',
  contractNumber: 'BR-C-2026-000123',
  orderNumber: 'BR-2026-000123',
  seller: fixtureSeller,
  buyer: fixtureExportBuyer,
  currency: 'USD',
  lines: exportLines,
  goodsTotal: '8872.50',
  shippingCost: '650.00',
  discount: '122.50',
  total: '9400.00',
  incoterm: 'CIF',
  namedPlace: 'Vladivostok',
  paymentTerms: '30% deposit by T/T after signing, 70% balance against copy of B/L.',
  destinationCountryNameEn: 'Russia',
  fields: {
    portOfLoading: 'Ningbo',
    portOfDestination: 'Vladivostok',
    vesselOrFlight: 'MSC AURORA V.612E',
    shippingMarks: 'SIBINSTRUMENT\nNOVOSIBIRSK\nC/NO. 1-UP',
    packing: [
      {
        position: 1,
        packages: 20,
        packageKind: 'carton',
        netWeightKg: '410.5',
        grossWeightKg: '436.25',
        volumeCbm: '1.152',
      },
      {
        position: 2,
        packages: 5,
        packageKind: 'crate',
        netWeightKg: '187.125',
        grossWeightKg: '230',
        volumeCbm: '0.875',
      },
      {
        position: 3,
        packages: 3,
        packageKind: 'carton',
        netWeightKg: '61.2',
        grossWeightKg: '66.8',
        volumeCbm: '0.108',
      },
    ],
  },
};

/** Totals of the packing fixture, computed by hand: what the packing list must show. */
export const packingTotals = { packages: 28, netWeightKg: '658.825', grossWeightKg: '733.050', volumeCbm: '2.135' };

export const packingListModel: CommercialInvoiceModel = { ...commercialInvoiceModel, kind: 'packing_list' };

export const proformaInvoiceModel: CommercialInvoiceModel = {
  ...commercialInvoiceModel,
  kind: 'proforma_invoice',
  number: 'PI-2026-000123',
  contractNumber: null,
  fields: null,
};
