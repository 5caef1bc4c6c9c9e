import type { BuyerInfo, BuyerProfileResponse } from '../../../shared/schemas/buyers.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { findBuyerProfile, insertBuyerProfile, updateBuyerProfile } from './buyer-profile.repo.js';
import { buyerProfileValues, isBuyerProfileComplete, toBuyerProfile } from './buyers.mapper.js';

/**
 * "Buyer information": one per account, created by the first save, then saved over its version.
 * `namesSaved` runs in the save's transaction: other modules that copied the buyer's names (the
 * messages module's conversation search) follow them.
 */
export function createBuyerProfileService(deps: {
  db: Db;
  clock: Clock;
  namesSaved?: (tx: Pick<Db, 'execute'>, userId: string) => Promise<void>;
}) {
  const { db, clock, namesSaved } = deps;
  const answer = (row: Awaited<ReturnType<typeof findBuyerProfile>>): BuyerProfileResponse => ({
    profile: row ? toBuyerProfile(row) : null,
    complete: isBuyerProfileComplete(row),
  });

  return {
    async get(userId: string): Promise<BuyerProfileResponse> {
      return answer(await findBuyerProfile(db, userId));
    },

    /** Without a version: the first save (409 if one exists). With one: an update over it. */
    async save(userId: string, version: number | undefined, input: BuyerInfo): Promise<BuyerProfileResponse> {
      const values = { ...buyerProfileValues(input), updatedAt: clock.now() };
      const row = await db.transaction(async (tx) => {
        const saved =
          version === undefined
            ? await insertBuyerProfile(tx, userId, values)
            : await updateBuyerProfile(tx, userId, version, values);
        if (saved) await namesSaved?.(tx, userId);
        return saved;
      });
      if (!row) throw new AppError('VERSION_CONFLICT', 'The buyer information was changed in the meantime');
      return answer(row);
    },
  };
}
export type BuyerProfileService = ReturnType<typeof createBuyerProfileService>;

/** For the orders module: may this account submit an order (is its buyer information complete)? */
export async function isBuyerInformationComplete(db: Pick<Db, 'select'>, userId: string): Promise<boolean> {
  return isBuyerProfileComplete(await findBuyerProfile(db, userId));
}
