import { platformDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import type { ScheduledJob } from '../../platform/jobs.js';
import { listExpiredOffers } from './order.repo.js';
import type { OrderTransitionService } from './order-transition.service.js';

/**
 * Daily: an offer (the supplier's confirmed terms) not accepted by its last valid day
 * (offer_valid_until, platform day) expires — through the same guarded transition as every other
 * event (actor system), which emails both parties. An order the buyer accepted meanwhile is skipped.
 */
export function orderOfferExpiryJob(deps: { db: Db; transitions: OrderTransitionService }): ScheduledJob {
  return {
    name: 'order-offer-expiry',
    runKey: (now) => platformDay(now),
    async run(now) {
      let expired = 0;
      let skipped = 0;
      for (const offer of await listExpiredOffers(deps.db, platformDay(now))) {
        try {
          await deps.transitions.apply({ party: 'system', userId: null }, { any: true }, offer.id, {
            event: 'expire',
            version: offer.version,
          });
          expired++;
        } catch (error) {
          if (!(error instanceof AppError) || error.status !== 409) throw error;
          skipped++;
        }
      }
      return { expired, skipped };
    },
  };
}
