import type { Db } from '../db/client.js';
import type { Clock } from './clock.js';
import type { Mailer } from './mail/outbox.js';

/**
 * What the modules are built with, assembled once in app.ts. Each module's deps name the part
 * it uses (Pick<ModuleContext, …>) plus the narrow exports of other modules it needs.
 */
export interface ModuleContext {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  /** The site's public origin, for links in mails. */
  publicUrl: string;
  /** The working-day calendar review due dates are counted in. */
  holidays: ReadonlySet<string>;
  extraWorkdays: ReadonlySet<string>;
}
