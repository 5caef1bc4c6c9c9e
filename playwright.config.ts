import { defineConfig } from '@playwright/test';
import { DEMO_BASE_URL, STAFF } from './e2e/staff.js';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

/**
 * Browser journeys against the built app (`npm run build` first), started on a fresh
 * PGlite data dir. Debian's Chromium only: no browser is ever downloaded.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // The home page and catalog journeys check the platform before anything is on its shelf; the
  // order journeys publish products of their own, so they run afterwards.
  projects: [
    { name: 'empty-catalog', testMatch: /\/(site|products)\.spec\.ts$/ },
    { name: 'journeys', testIgnore: /\/(site|products)\.spec\.ts$/, dependencies: ['empty-catalog'] },
  ],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : [
        {
          command: 'node scripts/e2e-server.mjs',
          url: `${baseURL}/readyz`,
          timeout: 90_000,
          reuseExistingServer: false,
          env: {
            PORT: String(port),
            E2E_STAFF_ACCOUNT: STAFF.account,
            E2E_STAFF_EMAIL: STAFF.email,
            E2E_STAFF_PASSWORD: STAFF.password,
            E2E_STAFF_TOTP_SECRET: STAFF.totpSecret,
          },
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          // What a new user gets from `npm start`: an empty platform filled with the demo data.
          command: 'node scripts/e2e-server.mjs',
          url: `${DEMO_BASE_URL}/readyz`,
          timeout: 90_000,
          reuseExistingServer: false,
          env: {
            PORT: String(port + 1),
            E2E_DEMO: 'true',
            E2E_DATA_DIR: `${process.env.E2E_DATA_DIR ?? '.tmp/e2e-data'}-demo`,
          },
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ],
});
