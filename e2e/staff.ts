/**
 * The platform staff account of the browser journeys. scripts/e2e-server.mjs creates it with
 * the staff CLI (dist/server/cli/create-staff.js) on the fresh data dir before the server starts.
 */
export const STAFF = {
  account: 'e2e_staff',
  email: 'staff@e2e.test',
  password: process.env.E2E_STAFF_PASSWORD ?? 'reviewing suppliers in the e2e run 42',
  /** Base32 TOTP secret enrolled by the CLI (--totp-secret), so journeys can compute codes. */
  totpSecret: process.env.E2E_STAFF_TOTP_SECRET ?? 'KRUGKIDFGJSSA43UMFTGMIDTMVRXEZLU',
} as const;

/** The second server, with demo data (playwright.config.ts); undefined against an outside server. */
export const DEMO_BASE_URL = process.env.E2E_BASE_URL
  ? undefined
  : `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 1}`;
