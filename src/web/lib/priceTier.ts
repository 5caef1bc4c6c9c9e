/**
 * Which of a product's price tiers applies to a quantity: the highest tier whose minimum quantity
 * is at most the quantity (the rule the server prices an order by, docs/decisions/0010). Only
 * chooses a tier to show; the price of an order is always the server's.
 */
export interface PriceTier {
  minQuantity: number;
  unitPrice: string;
}

/** The index of the applicable tier, or -1 when none applies (the quantity is below every tier). */
export function applicableTierIndex(tiers: readonly PriceTier[], quantity: number): number {
  let found = -1;
  tiers.forEach((tier, i) => {
    if (tier.minQuantity <= quantity && (found < 0 || tier.minQuantity >= tiers[found]!.minQuantity)) found = i;
  });
  return found;
}

/** A typed quantity: a whole number without signs, separators or decimals, else null. */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 ? value : null;
}
