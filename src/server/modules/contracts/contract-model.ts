import type { ContractClauses } from '../../../shared/schemas/documents.js';
import type { LineSnapshot, PartySnapshot } from '../../../shared/schemas/orders.js';
import {
  currentContractTemplate,
  type ContractDocumentModel,
  type DocumentLine,
  type DocumentParty,
} from '../../platform/pdf/index.js';
import type { OrderRow } from '../orders/index.js';

/** An order line as the contract needs it (the repo reads them with the final prices). */
export interface ContractSourceLine {
  position: number;
  quantity: number;
  orderedUnitPrice: string;
  finalUnitPrice: string | null;
  amount: string;
  snapshot: LineSnapshot;
}

const zhNames = new Intl.DisplayNames(['zh-CN'], { type: 'region' });
const enNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's names in Chinese and English (the code itself when unknown). */
export function countryNames(code: string): { zh: string; en: string } {
  const of = (names: Intl.DisplayNames) => {
    try {
      return names.of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  };
  return { zh: of(zhNames), en: of(enNames) };
}

/** BR-20261206-0001 → BRC-20261206-0001: the contract carries its order's date and sequence. */
export function contractNumberFor(orderNumber: string): string {
  return `BRC-${orderNumber.replace(/^BR-/, '')}`;
}

function party(snapshot: PartySnapshot): DocumentParty {
  const names = countryNames(snapshot.country);
  return {
    nameZh: snapshot.companyNameZh,
    nameEn: snapshot.companyNameEn,
    country: snapshot.country,
    countryNameZh: names.zh,
    countryNameEn: names.en,
    registeredAddress: snapshot.registeredAddress,
    registrationNumber: snapshot.registrationNumber,
    representative: snapshot.legalRepresentative ?? snapshot.contactPerson,
    phone: snapshot.phone,
    email: snapshot.email,
  };
}

function line(l: ContractSourceLine): DocumentLine {
  const names = l.snapshot.names;
  const en = names.en ?? names['zh-CN'] ?? '';
  return {
    position: l.position,
    nameZh: names['zh-CN'] ?? en,
    nameEn: en,
    model: l.snapshot.modelNumber,
    hsCode: l.snapshot.hsCode,
    origin: l.snapshot.origin,
    originNameEn: l.snapshot.origin ? countryNames(l.snapshot.origin).en : null,
    unit: l.snapshot.unit,
    quantity: l.quantity,
    unitPrice: l.finalUnitPrice ?? l.orderedUnitPrice,
    amount: l.amount,
  };
}

function deliveryAddressText(order: OrderRow): string {
  const a = order.deliveryAddress;
  const country = countryNames(a.country);
  return [a.addressLine, a.city, a.region, a.postalCode, `${country.zh} ${country.en}`].filter(Boolean).join(', ');
}

/**
 * The whole document a version is rendered from, built only from the order's frozen snapshots
 * (parties and lines as submitted, the supplier's final prices and terms) and the clauses, so a
 * later change to a company or a product never changes a contract already made.
 */
export function buildContractModel(
  order: OrderRow,
  lines: readonly ContractSourceLine[],
  clauses: ContractClauses,
  version: { versionNo: number; date: string; template?: { templateId: string; templateVersion: number } },
): ContractDocumentModel {
  // A new version is made with the current template; an old one keeps the template it was made with.
  const template = version.template ?? currentContractTemplate();
  return {
    kind: 'contract',
    templateId: template.templateId,
    templateVersion: template.templateVersion,
    contractNumber: contractNumberFor(order.number),
    versionNo: version.versionNo,
    orderNumber: order.number,
    date: version.date,
    seller: party(order.supplierParty),
    buyer: party(order.buyerParty),
    tradeType: order.tradeType === 'domestic' ? 'domestic' : 'export',
    currency: order.currency,
    lines: lines.map(line),
    goodsTotal: order.goodsTotal,
    shippingCost: order.shippingCost,
    discount: order.discount,
    total: order.totalAmount,
    incoterm: order.incoterm,
    namedPlace: order.namedPlace,
    portOfLoading: order.portOfLoading,
    portOfDestination: order.portOfDestination ?? order.destinationPort,
    deliveryDate: order.deliveryDate,
    leadTimeDays: order.leadTimeDays,
    paymentMethod: order.paymentMethod,
    depositPercent: order.depositPercent,
    paymentTerms: order.paymentTerms,
    deliveryAddress: deliveryAddressText(order),
    clauses,
  };
}
