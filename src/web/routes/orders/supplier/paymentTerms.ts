import type { PaymentMethod } from './termsForm.js';

/**
 * The payment terms text proposed from the method and the deposit, e.g. "30% T/T deposit, 70%
 * balance before shipment" (the usual China export terms). The supplier may edit it; once edited,
 * a change of method or deposit no longer overwrites it.
 */

export interface Proposal {
  /** An i18n key under orderSupplier.proposal. */
  key: string;
  /** Whole percentages (not money): the deposit and what remains. */
  deposit?: number;
  balance?: number;
}

/** Methods after which a T/T deposit is usual; the rest is then paid by the method. */
const TAKES_DEPOSIT: ReadonlySet<PaymentMethod> = new Set(['tt', 'lc_sight', 'lc_usance', 'dp', 'da', 'open_account']);

export function takesDeposit(method: PaymentMethod | ''): boolean {
  return method !== '' && TAKES_DEPOSIT.has(method);
}

/** A whole percentage 0–100 from what was typed, or undefined. */
function percent(typed: string): number | undefined {
  const value = typed.normalize('NFKC').trim();
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const n = Number(value);
  return n <= 100 ? n : undefined;
}

/** The proposal for a method and deposit; null for "other" (the supplier describes it). */
export function proposePaymentTerms(method: PaymentMethod | '', depositTyped: string): Proposal | null {
  if (method === '' || method === 'other') return null;
  const deposit = takesDeposit(method) ? (percent(depositTyped) ?? 0) : 0;
  if (deposit === 100) return { key: 'orderSupplier.proposal.advance', deposit: 100 };
  if (deposit > 0) return { key: `orderSupplier.proposal.withDeposit.${method}`, deposit, balance: 100 - deposit };
  return { key: `orderSupplier.proposal.full.${method}` };
}

/**
 * The payment terms after the method or deposit changed: the new proposal while the text is
 * empty or still the previous proposal; otherwise what the supplier wrote stays.
 */
export function followProposal(current: string, previousProposal: string, nextProposal: string): string {
  const text = current.trim();
  return text === '' || text === previousProposal.trim() ? nextProposal : current;
}
