// Starts the built server for the Playwright journeys on a fresh PGlite data dir,
// so every run begins from the same empty platform.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const dataDir = '.tmp/e2e-data';
rmSync(dataDir, { recursive: true, force: true });
const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'test' };
delete env.DATABASE_URL;
const child = spawn(process.execPath, ['dist/server/main.js'], { stdio: 'inherit', env });
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
