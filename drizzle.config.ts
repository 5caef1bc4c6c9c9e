import { defineConfig } from 'drizzle-kit';

// DRIZZLE_OUT lets `npm run db:check` generate into a scratch copy of the migrations.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/schema.ts',
  out: process.env.DRIZZLE_OUT ?? './src/server/db/migrations',
  strict: true,
});
