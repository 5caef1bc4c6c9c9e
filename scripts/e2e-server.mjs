// Starts the built server for the Playwright journeys on a fresh PGlite data dir,
// so every run begins from the same empty platform. With E2E_STAFF_ACCOUNT, E2E_STAFF_EMAIL and
// E2E_STAFF_PASSWORD set (playwright.config.ts sets them), a platform staff account is created
// first with the staff CLI: PGlite allows one process, so it runs and exits before the server.
// With E2E_STAFF_TOTP_SECRET its authenticator is enrolled with that secret (journeys compute codes).
// The server's output passes through; the first-start setup link it prints (no admin yet) is also
// written to DATA_DIR/setup-link.txt, where the staff-admin journey reads it as an operator would.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dataDir = process.env.E2E_DATA_DIR ?? '.tmp/e2e-data';
rmSync(dataDir, { recursive: true, force: true });
// No demo data (every journey starts from the same empty platform), except on the demo server.
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  NODE_ENV: 'test',
  DEMO_DATA: process.env.E2E_DEMO === 'true' ? 'true' : 'false',
  // Every journey's browser calls come from 127.0.0.1: no anonymous flood limit here.
  API_RATE_LIMIT_PER_MINUTE: '0',
  // …and every journey registers its accounts from that one address.
  RATE_LIMIT_SCALE: '20',
};
delete env.DATABASE_URL;

const {
  E2E_STAFF_ACCOUNT: account,
  E2E_STAFF_EMAIL: email,
  E2E_STAFF_PASSWORD: password,
  E2E_STAFF_TOTP_SECRET: totpSecret,
} = process.env;
if (account && email && password) {
  const created = spawnSync(
    process.execPath,
    [
      'dist/server/cli/create-staff.js',
      '--account',
      account,
      '--email',
      email,
      '--password-stdin',
      ...(totpSecret ? ['--totp-secret', totpSecret] : []),
    ],
    { env, input: `${password}\n`, stdio: ['pipe', 'inherit', 'inherit'] },
  );
  if (created.status !== 0) {
    console.error(`e2e-server: creating the staff account failed (exit ${created.status})`);
    process.exit(1);
  }
}
const child = spawn(process.execPath, ['dist/server/main.js'], { stdio: ['inherit', 'pipe', 'inherit'], env });
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const link = /https?:\/\/\S+\/setup\?token=[A-Za-z0-9_-]+/.exec(chunk.toString('utf8'));
  if (link) writeFileSync(path.join(dataDir, 'setup-link.txt'), `${link[0]}\n`);
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
