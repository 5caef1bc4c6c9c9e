/**
 * npm run user:create-staff -- --account NAME --email ADDRESS [--role admin|reviewer] [--password-stdin]
 * npm run user:create-staff -- --grant NAME_OR_EMAIL [--role admin|reviewer]
 * npm run user:create-staff -- --reset-two-factor NAME_OR_EMAIL
 *
 * New staff enrol an authenticator (TOTP) at their first login. --reset-two-factor removes a lost
 * one (and signs the account out everywhere) so that the next login enrols again.
 * --totp-secret BASE32 (not in production) enrols a known secret for automated test runs.
 *
 * --role defaults to reviewer (review consoles); admin also manages staff (docs/decisions/0013-staff-roles.md).
 *
 * Uses the same database as the server: with DATABASE_URL (PostgreSQL) it works while the server
 * runs. PGlite in DATA_DIR admits one process: while the server holds it, this says so and points
 * to the server's setup link / staff page instead. Without --password-stdin a strong password is
 * generated and printed once.
 */
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { loadConfig } from '../config.js';
import { openPglite, openPostgres } from '../db/client.js';
import { DataDirLockedError } from '../db/pglite-lock.js';
import { runMigrations } from '../db/migrate.js';
import { AppError } from '../platform/errors.js';
import { createStaffAccount, enrolKnownTotpSecret, grantStaffRole, resetTwoFactor } from '../modules/accounts/index.js';
import { runCli } from './cli-database.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      account: { type: 'string' },
      email: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      grant: { type: 'string' },
      'reset-two-factor': { type: 'string' },
      'totp-secret': { type: 'string' },
      role: { type: 'string', default: 'reviewer' },
    },
  });
  const role = values.role;
  if (role !== 'admin' && role !== 'reviewer') {
    console.error('--role must be admin or reviewer');
    return 2;
  }
  const reset = values['reset-two-factor'];
  if (!values.grant && !reset && (!values.account || !values.email)) {
    console.error(
      'usage: npm run user:create-staff -- --account NAME --email ADDRESS [--role admin|reviewer] [--password-stdin]\n       npm run user:create-staff -- --grant NAME_OR_EMAIL [--role admin|reviewer]\n       npm run user:create-staff -- --reset-two-factor NAME_OR_EMAIL',
    );
    return 2;
  }
  const config = loadConfig();
  if (values['totp-secret'] && config.isProduction) {
    console.error('--totp-secret is for test environments; staff enrol their own authenticator at first login.');
    return 2;
  }
  let database;
  try {
    database = config.DATABASE_URL ? await openPostgres(config.DATABASE_URL, 2) : await openPglite(config.dataDir);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(
      `The embedded database (PGlite in ${config.dataDir}) is in use by the running server (process ${error.holderPid}); ` +
        'it admits one process.\nEither stop the server and run this again, or, without stopping it: use the setup link ' +
        'the server printed at start-up (first admin), or sign in as an admin and invite staff on the Staff page. ' +
        'With PostgreSQL (DATABASE_URL) this command works while the server runs.',
    );
    return 1;
  }
  try {
    await runMigrations(database);
    if (reset) {
      await resetTwoFactor(database.db, reset, new Date());
      console.log(`${reset}: authenticator removed, all sessions ended; the next login enrols a new one.`);
      return 0;
    }
    if (values.grant) {
      await grantStaffRole(database.db, values.grant, role);
      console.log(`${values.grant} now has the ${role} role.`);
      return 0;
    }
    const password = values['password-stdin'] ? await readStdin() : undefined;
    const result = await createStaffAccount(database.db, {
      accountName: values.account!,
      email: values.email!,
      password,
      role,
    });
    console.log(`Staff account ${values.account} (${role}) created (id ${result.id}).`);
    if (values['totp-secret']) {
      await enrolKnownTotpSecret(database.db, values.account!, values['totp-secret'], new Date());
      console.log('Authenticator enrolled with the given secret.');
    } else {
      console.log('Two-factor authentication is enrolled at the first login.');
    }
    if (result.generatedPassword) console.log(`Password (shown once, store it safely): ${result.generatedPassword}`);
    return 0;
  } catch (error) {
    if (error instanceof ZodError) {
      console.error(
        `Invalid input: ${error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`,
      );
      return 1;
    }
    if (error instanceof AppError) {
      console.error(
        error.details?.[0]?.code === 'password_common' ? 'That password is too common; choose another.' : error.message,
      );
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

runCli(main);
