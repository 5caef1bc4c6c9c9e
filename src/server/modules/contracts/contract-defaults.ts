import type { ContractClauses } from '../../../shared/schemas/documents.js';
import type { OrderRow } from '../orders/index.js';
import { countryNames } from './contract-model.js';

/** The usual export packing when the supplier's terms say nothing about packaging. */
const STANDARD_PACKING =
  '适合长途海运/陆运的标准出口包装，防潮、防震、防锈。\n' +
  'Standard export packing suitable for long-distance sea/land transport, protected against moisture, shock and rust.';

const INSPECTION_BODY =
  '中国检验认证集团 (CCIC) 或双方同意的检验机构 / China Certification & Inspection Group (CCIC) or a body agreed by both';

/**
 * Where the contract is signed: the city of the seller's registered address when it names one
 * (Chinese addresses: "…省…市…" up to the first 市), else the seller's country in both languages.
 */
export function signingPlaceOf(order: OrderRow): string {
  const address = order.supplierParty.registeredAddress ?? '';
  const city = /^(.{2,40}?市)/u.exec(address)?.[1];
  if (city) return city;
  const names = countryNames(order.supplierParty.country);
  return `${names.zh} ${names.en}`.slice(0, 100);
}

/**
 * Version 1's open clauses: common B2B defaults the supplier then "furnishes" (guide 5.2) —
 * CIETAC Beijing arbitration, PRC law (with the CISG for export sales), a 30-day claim period,
 * 12 months' warranty, no quantity tolerance, no partial shipments, transhipment allowed.
 */
export function defaultClauses(order: OrderRow): ContractClauses {
  return {
    signingPlace: signingPlaceOf(order),
    packaging: order.packaging?.trim() || STANDARD_PACKING,
    inspectionBody: INSPECTION_BODY.slice(0, 200),
    claimPeriodDays: 30,
    warrantyMonths: 12,
    tolerancePercent: 0,
    partialShipments: false,
    transhipment: true,
    arbitrationBody: 'cietac_beijing',
    governingLaw: order.tradeType === 'export' ? 'prc_cisg' : 'prc',
  };
}
