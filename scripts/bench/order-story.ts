/**
 * How a benchmark order came to be where it is: a status for its age (old orders are mostly
 * closed, recent ones still open), the timeline that led there, and exact price arithmetic.
 */
import type { LineSnapshot } from '../../src/shared/schemas/orders.js';
import type { OrderState } from '../../src/shared/state-machines/order.js';
import type { Random } from './random.js';

export type TimelineStep = [kind: string, from: OrderState | null, to: OrderState | null, actor: string];

/** How orders of a given age stand: old ones are mostly closed, recent ones still open. */
export function statusFor(rng: Random, ageDays: number): OrderState {
  if (ageDays < 3)
    return rng.weighted([
      ['waiting_for_perfection', 55],
      ['awaiting_acceptance', 25],
      ['contract_signing', 8],
      ['cancelled', 8],
      ['declined', 4],
    ] as const);
  if (ageDays < 21)
    return rng.weighted([
      ['waiting_for_perfection', 6],
      ['awaiting_acceptance', 14],
      ['contract_signing', 15],
      ['in_production', 35],
      ['shipped', 10],
      ['cancelled', 9],
      ['declined', 7],
      ['expired', 4],
    ] as const);
  if (ageDays < 75)
    return rng.weighted([
      ['in_production', 12],
      ['shipped', 22],
      ['delivered', 10],
      ['completed', 38],
      ['cancelled', 8],
      ['declined', 6],
      ['expired', 4],
    ] as const);
  return rng.weighted([
    ['completed', 82],
    ['cancelled', 8],
    ['declined', 6],
    ['expired', 4],
  ] as const);
}

/** The timeline that leads to a state: [kind, from, to, actor] in order. */
export function pathTo(status: OrderState, rng: Random): TimelineStep[] {
  const steps: TimelineStep[] = [['submitted', null, 'waiting_for_perfection', 'buyer']];
  if (status === 'waiting_for_perfection') return steps;
  if (status === 'cancelled') return [...steps, ['cancel', 'waiting_for_perfection', 'cancelled', 'buyer']];
  const byBuyer = status === 'declined' && rng.chance(0.5);
  if (status === 'declined' && !byBuyer)
    return [...steps, ['decline', 'waiting_for_perfection', 'declined', 'supplier']];
  steps.push(
    ['terms_saved', null, null, 'supplier'],
    ['confirm', 'waiting_for_perfection', 'awaiting_acceptance', 'supplier'],
  );
  if (status === 'awaiting_acceptance') return steps;
  if (status === 'declined') return [...steps, ['buyer_decline', 'awaiting_acceptance', 'declined', 'buyer']];
  if (status === 'expired') return [...steps, ['expire', 'awaiting_acceptance', 'expired', 'system']];
  steps.push(['accept', 'awaiting_acceptance', 'contract_signing', 'buyer']);
  if (status === 'contract_signing') return steps;
  steps.push(
    ['start_production', 'contract_signing', 'in_production', 'system'],
    ['payment_recorded', null, null, 'supplier'],
  );
  if (status === 'in_production') return steps;
  steps.push(['payment_recorded', null, null, 'supplier'], ['ship', 'in_production', 'shipped', 'supplier']);
  if (status === 'shipped') return steps;
  const delivered = status === 'delivered' || rng.chance(0.6);
  if (delivered) steps.push(['deliver', 'shipped', 'delivered', 'supplier']);
  if (status === 'delivered') return steps;
  steps.push(['confirm_receipt', delivered ? 'delivered' : 'shipped', 'completed', 'buyer']);
  return steps;
}

/** price × percent / 100 with 4 decimals (exact). */
export function scaledPrice(price: string, percent: number): string {
  const [whole = '0', fraction = ''] = price.split('.');
  const units = (BigInt(whole + fraction.padEnd(4, '0').slice(0, 4)) * BigInt(percent) + 50n) / 100n;
  return `${units / 10_000n}.${(units % 10_000n).toString().padStart(4, '0')}`;
}

/** `percent` % of an amount with 2 decimals, rounded half-up (exact, in cents). */
export function percentOf(amount: string, percent: number): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  const cents = (BigInt(whole + fraction.padEnd(2, '0').slice(0, 2)) * BigInt(percent) + 50n) / 100n;
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
}

export function tierPrice(snapshot: LineSnapshot, quantity: number): string {
  let price = snapshot.priceTiers[0]?.unitPrice ?? '1';
  for (const tier of snapshot.priceTiers) if (tier.minQuantity <= quantity) price = tier.unitPrice;
  return price;
}
