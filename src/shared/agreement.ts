/**
 * The version of the user agreement a new account accepts (stored per user). Its own module,
 * not schemas/accounts.ts, so the web app's entry chunk (api/auth.ts) can have it without zod.
 */
export const CURRENT_AGREEMENT_VERSION = '2026-11-01';
