/** The accounts module's public surface: what the app and other modules may use. */
export { registerAccountsModule, type AccountsModuleDeps } from './accounts.module.js';
export type { SessionInvalidation } from './session-cache.js';
export { findUserById, toCurrentUser, type SupplierStatusLoader, type UserRow } from './accounts.repo.js';
/** For the command line and the demo data: staff accounts are created outside the API. */
export { createStaffAccount, enrolKnownTotpSecret, grantStaffRole, resetTwoFactor } from './staff.js';
/** For foreign keys and the read models of docs/decisions/0009-module-boundaries.md. */
export { users } from './accounts.tables.js';
/** For start-up (main.ts): the first-start setup link while no admin exists. */
export { issueSetupLink, SETUP_LINK_MINUTES } from './staff-setup.service.js';
