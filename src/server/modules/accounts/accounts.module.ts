import type { FastifyInstance } from 'fastify';
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
import type { SupplierTable } from './session.repo.js';
import { auditLogRoutes } from './audit-log.routes.js';
import { staffAdminRoutes } from './staff-admin.routes.js';
import { createStaffAdminService } from './staff-admin.service.js';
import { staffSetupRoutes } from './staff-setup.routes.js';
import { createStaffSetupService } from './staff-setup.service.js';
import { twoFactorRoutes } from './two-factor.routes.js';
import { createTwoFactorService } from './two-factor.service.js';

export interface AccountsModuleDeps extends Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'> {
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
 * the daily session clean-up for the scheduler.
 */
export async function registerAccountsModule(app: FastifyInstance, deps: AccountsModuleDeps): Promise<ScheduledJob[]> {
  const supplierStatus = deps.supplierStatus ?? noSupplierStatus;
  installSessionHook(app, {
    db: deps.db,
    clock: deps.clock,
    supplierTable: deps.supplierTable,
    secureCookies: deps.secureCookies,
  });

  const registration = createRegistrationService(deps);
  const auth = createAuthService({ ...deps, supplierStatus });
  const account = createAccountService({ ...deps, supplierStatus });
  await app.register(authRoutes({ secureCookies: deps.secureCookies, registration, auth, account }));
  await app.register(accountRoutes(account));
  const twoFactor = createTwoFactorService({ ...deps, supplierStatus });
  await app.register(twoFactorRoutes({ secureCookies: deps.secureCookies, auth, twoFactor }));
  await app.register(
    staffSetupRoutes({
      setup: createStaffSetupService(deps),
      reachableRemotely: deps.staffSetupReachableRemotely ?? false,
    }),
  );
  await app.register(staffAdminRoutes(createStaffAdminService(deps)));
  await app.register(auditLogRoutes(deps.db));
  return [sessionPruneJob(deps)];
}
