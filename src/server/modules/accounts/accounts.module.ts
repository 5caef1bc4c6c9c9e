import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client.js';
import type { ScheduledJob } from '../../platform/jobs.js';
import type { ModuleContext } from '../../platform/module-context.js';
import { accountRoutes } from './account.routes.js';
import { createAccountService } from './account.service.js';
import { noSupplierStatus, type SupplierStatusLoader } from './accounts.repo.js';
import { authRoutes } from './auth.routes.js';
import { createAuthService } from './auth.service.js';
import { createRegistrationService } from './registration.service.js';
import { sessionPruneJob } from './session-prune.job.js';
import { installSessionHook } from './session-hook.js';
import { SessionCache, type SessionInvalidation } from './session-cache.js';
import { startSessionSync, type SessionSync } from './session-sync.js';
import type { SupplierTable } from './session.repo.js';
import { auditLogRoutes } from './audit-log.routes.js';
import { staffAdminRoutes } from './staff-admin.routes.js';
import { createStaffAdminService } from './staff-admin.service.js';
import { staffSetupRoutes } from './staff-setup.routes.js';
import { createStaffSetupService } from './staff-setup.service.js';
import { twoFactorRoutes } from './two-factor.routes.js';
import { createTwoFactorService } from './two-factor.service.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** This instance's session cache and its listener (tests: counts, settled()). */
    sessionCache: { cache: SessionCache; sync: SessionSync };
  }
}

export interface AccountsModuleDeps extends Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'> {
  /** LISTEN for the session cache's change announcements. */
  database: Pick<Database, 'listen'>;
  /** How long a resolved session may be used from memory (0: no cache), and how many are kept. */
  sessionCache: { maxAgeMs: number; maxEntries: number };
  secureCookies: boolean;
  /** Supplied by the suppliers module: the personal center's "Supplier Authentication" status. */
  supplierStatus?: SupplierStatusLoader;
  /** The suppliers module's table: the session lookup joins it for request.user.supplierId. */
  supplierTable: SupplierTable;
  /** PUBLIC_URL is configured: the setup link answers beyond this machine (else loopback only). */
  staffSetupReachableRemotely?: boolean;
}

/**
 * Accounts: sessions on every request, the auth routes and the personal center's routes; returns
 * the daily session clean-up for the scheduler and what other modules call when they change what a
 * session says (the suppliers module's approval).
 */
export async function registerAccountsModule(
  app: FastifyInstance,
  deps: AccountsModuleDeps,
): Promise<{ jobs: ScheduledJob[]; sessions: SessionInvalidation }> {
  const supplierStatus = deps.supplierStatus ?? noSupplierStatus;
  const cache = new SessionCache({ ...deps.sessionCache, clock: deps.clock });
  // Off (nothing started) when configured off; otherwise on once LISTEN succeeded.
  const sync: SessionSync =
    deps.sessionCache.maxAgeMs > 0
      ? startSessionSync({ cache, database: deps.database, db: deps.db, log: app.log })
      : { settled: async () => undefined, stop: async () => undefined };
  app.decorate('sessionCache', { cache, sync });
  app.addHook('onClose', async () => sync.stop());
  installSessionHook(app, {
    db: deps.db,
    clock: deps.clock,
    supplierTable: deps.supplierTable,
    secureCookies: deps.secureCookies,
    cache,
  });

  const services = { ...deps, sessions: cache as SessionInvalidation };
  const registration = createRegistrationService(services);
  const auth = createAuthService({ ...services, supplierStatus });
  const account = createAccountService({ ...services, supplierStatus });
  await app.register(authRoutes({ secureCookies: deps.secureCookies, registration, auth, account }));
  await app.register(accountRoutes(account));
  const twoFactor = createTwoFactorService({ ...services, supplierStatus });
  await app.register(twoFactorRoutes({ secureCookies: deps.secureCookies, auth, twoFactor }));
  await app.register(
    staffSetupRoutes({
      setup: createStaffSetupService(deps),
      reachableRemotely: deps.staffSetupReachableRemotely ?? false,
    }),
  );
  await app.register(staffAdminRoutes(createStaffAdminService(services)));
  await app.register(auditLogRoutes(deps.db));
  return { jobs: [sessionPruneJob(deps)], sessions: cache };
}
