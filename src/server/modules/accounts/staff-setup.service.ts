import type { Db } from '../../db/client.js';
import { ADMIN_ROLE } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import { addMinutes } from '../../platform/clock.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import type { AccountsDeps, RequestOrigin } from './accounts.deps.js';
import { assertPasswordAcceptable, hashPassword } from './passwords.js';
import {
  adminExists,
  findLiveStaffToken,
  insertStaffToken,
  lockStaffRoles,
  setStaffTokenUser,
  useStaffToken,
  voidStaffTokens,
} from './staff-admin.repo.js';
import { insertStaffUser } from './staff.js';

/** How long the first-start setup link lives. */
export const SETUP_LINK_MINUTES = 60;

export const setupTokenInvalid = () =>
  new AppError('VALIDATION_FAILED', 'The setup link is invalid, used or expired', [
    { path: 'token', code: 'token_invalid' },
  ]);

/**
 * First start without any admin: a one-time link (random token, only its SHA-256 stored, valid
 * SETUP_LINK_MINUTES) where the operator creates the first admin. Undefined once an admin exists.
 * Each start (each instance) makes its own link; the first one used voids them all.
 */
export async function issueSetupLink(db: Db, publicUrl: string, now: Date): Promise<string | undefined> {
  if (await adminExists(db)) return undefined;
  const token = randomToken(32);
  await insertStaffToken(db, {
    purpose: 'setup',
    tokenHash: sha256(token),
    createdAt: now,
    expiresAt: addMinutes(now, SETUP_LINK_MINUTES),
  });
  return `${publicUrl}/en/setup?token=${encodeURIComponent(token)}`;
}

export function createStaffSetupService(deps: Pick<AccountsDeps, 'db' | 'clock'>) {
  const { db, clock } = deps;
  return {
    /** Valid while unused, unexpired and no admin exists. */
    async isValid(token: string): Promise<boolean> {
      if (await adminExists(db)) return false;
      return (await findLiveStaffToken(db, 'setup', sha256(token), clock.now())) !== undefined;
    },

    /**
     * Creates the first admin, once: under the staff-roles lock, "no admin yet" and the token's
     * single use are checked together, so two concurrent submissions (or two instances' links)
     * cannot both succeed. The new admin enrols an authenticator at first login like all staff.
     */
    async createFirstAdmin(
      input: { token: string; accountName: string; email: string; password: string },
      origin: RequestOrigin,
    ): Promise<{ id: string; accountName: string }> {
      // Cheap checks before the slow hash: a wrong or dead link costs no argon2 run.
      if (await adminExists(db)) throw setupTokenInvalid();
      if (!(await findLiveStaffToken(db, 'setup', sha256(input.token), clock.now()))) throw setupTokenInvalid();
      assertPasswordAcceptable(input.password, 'password', input);
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        const now = clock.now();
        await lockStaffRoles(tx);
        if (await adminExists(tx)) throw setupTokenInvalid();
        const token = await useStaffToken(tx, 'setup', sha256(input.token), now);
        if (!token) throw setupTokenInvalid();
        const user = await insertStaffUser(tx, {
          accountName: input.accountName,
          email: input.email,
          passwordHash,
          role: ADMIN_ROLE,
        });
        await setStaffTokenUser(tx, token.id, user.id);
        // Once an admin exists every other setup link is dead.
        await voidStaffTokens(tx, 'setup', now);
        await writeAudit(tx, {
          actorId: user.id,
          action: 'staff.first_admin',
          entityType: 'user',
          entityId: user.id,
          ip: origin.ip,
          details: { accountName: input.accountName },
        });
        return { id: user.id, accountName: input.accountName };
      });
    },
  };
}
