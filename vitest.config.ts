import { defineConfig } from 'vitest/config';

// Unit and API tests. Each test file gets its own database copied from one migrated
// template (PGlite by default; PostgreSQL when DATABASE_URL is set) — see src/server/test.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['src/server/test/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
