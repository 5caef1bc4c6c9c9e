import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { ACCOUNT_POLICY, clearLoginFailures, reserveLoginAttempt } from '../../platform/login-throttle.js';
import type { UserRow } from './accounts.repo.js';
import { verifyPassword } from './passwords.js';

/**
 * Re-entering the password (personal center, turning two-factor off) is throttled like login,
 * so it is no side door for guessing: the attempt is reserved atomically before the check.
 */
export async function confirmCurrentPassword(
  db: Db,
  user: Pick<UserRow, 'id' | 'passwordHash'>,
  password: string,
  path: string,
  now: Date,
): Promise<void> {
  const key = `reauth:${user.id}`;
  await reserveLoginAttempt(db, key, ACCOUNT_POLICY, now);
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('VALIDATION_FAILED', 'The current password is wrong', [
      { path, code: 'current_password_wrong' },
    ]);
  }
  await clearLoginFailures(db, key);
}
