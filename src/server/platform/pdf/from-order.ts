import type { LineSnapshot, PartySnapshot } from '../../../shared/schemas/orders.js';
import type { DocumentLine, DocumentParty } from './document-models.js';

/**
 * The parts every generated document of an order shares (contract, commercial invoice, packing
 * list, proforma), built from the order's frozen snapshots in one way.
 */

/** An order line as the documents need it: the snapshot, the quantity and the final price. */
export interface OrderLineForDocument {
  position: number;
  quantity: number;
  orderedUnitPrice: string;
  finalUnitPrice: string | null;
  amount: string;
  snapshot: LineSnapshot;
}

const zhNames = new Intl.DisplayNames(['zh-CN'], { type: 'region' });
const enNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's names in Chinese and English (the code itself when unknown or malformed). */
export function countryNames(code: string): { zh: string; en: string } {
  const of = (names: Intl.DisplayNames) => {
    try {
      return names.of(code.toUpperCase()) ?? code;
    } catch {
      return code; // not a well-formed region code: show it as it is
    }
  };
  return { zh: of(zhNames), en: of(enNames) };
}

/** The order number's date and sequence with a document's prefix: BR-20261206-0001 → CI-20261206-0001. */
export const documentNumber = (prefix: 'BRC' | 'CI' | 'PI', orderNumber: string): string =>
  `${prefix}-${orderNumber.replace(/^BR-/, '')}`;

export function documentParty(snapshot: PartySnapshot): DocumentParty {
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

export function documentLine(line: OrderLineForDocument): DocumentLine {
  const { snapshot } = line;
  const nameEn = snapshot.names.en ?? snapshot.names['zh-CN'] ?? Object.values(snapshot.names)[0] ?? '';
  return {
    position: line.position,
    nameZh: snapshot.names['zh-CN'] ?? nameEn,
    nameEn,
    model: snapshot.modelNumber,
    hsCode: snapshot.hsCode,
    origin: snapshot.origin,
    originNameEn: snapshot.origin ? countryNames(snapshot.origin).en : null,
    unit: snapshot.unit,
    quantity: line.quantity,
    unitPrice: line.finalUnitPrice ?? line.orderedUnitPrice,
    amount: line.amount,
  };
}
