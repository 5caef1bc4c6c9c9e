import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { Mailer } from '../../platform/mail/outbox.js';

/** What the accounts services need; narrow on purpose (tests build it by hand). */
export interface AccountsDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

/** Where a request came from, for sessions, rate limits and the audit log. */
export interface RequestOrigin {
  ip: string;
  userAgent: string | null;
}
