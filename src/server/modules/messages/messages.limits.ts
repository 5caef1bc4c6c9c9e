import type { ProductCard } from '../../../shared/schemas/messages.js';
import type { OrderableProduct } from '../catalog/index.js';

/**
 * The window's limits (docs/decisions/0012-messages.md), counted by the shared fixed-window
 * counters of platform/rate-limiter.ts so every instance sees the same numbers.
 */
export const MESSAGE_LIMITS = {
  /** New conversations a day: accounts younger than NEW_ACCOUNT_DAYS get the stricter cap. */
  newAccountDays: 7,
  newConversationsPerDayNew: 5,
  newConversationsPerDay: 50,
  /** Messages per sender: a burst window and a day. */
  burst: { limit: 20, windowSeconds: 10 },
  daily: { limit: 1000, windowSeconds: 86_400 },
} as const;

/** The digest waits this long for a message to be read before mailing. */
export const DIGEST_DELAY_MS = 10 * 60_000;
/** How many unread texts a digest quotes, and how long each may be. */
export const DIGEST_TEXTS = 5;
export const DIGEST_TEXT_CHARS = 300;

/** A product as a message or conversation shows it: names per locale and the tier price range. */
export function productCardOf(p: OrderableProduct): ProductCard {
  const prices = p.tiers.map((t) => t.unitPrice);
  const byValue = [...prices].sort((a, b) => Number(a) - Number(b));
  return {
    productId: p.id,
    names: p.names,
    modelNumber: p.modelNumber,
    pictureFileId: p.pictureFileId,
    currency: p.currency,
    minPrice: byValue[0] ?? p.minPrice,
    maxPrice: byValue[byValue.length - 1] ?? p.minPrice,
    unit: p.unit,
    moq: p.moq,
  };
}
