import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import type { SessionInvalidation } from './session-cache.js';

/** What the accounts services need; narrow on purpose (tests build it by hand). */
export interface AccountsDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
  /**
   * This instance's session cache: a service that revoked sessions or changed what a session
   * says (roles, disabling, second factor) forgets the account's cached sessions once its
   * transaction committed, so the next request here never sees the old session. Other instances
   * hear it from the database's trigger (docs/decisions/0014-session-cache.md).
   */
  sessions: SessionInvalidation;
}

/** Where a request came from, for sessions, rate limits and the audit log. */
export interface RequestOrigin {
  ip: string;
  userAgent: string | null;
}
