import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, acquireDataDirLock } from './pglite-lock.js';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', '0']);
  if (result.pid === undefined || result.status !== 0) throw new Error('could not run a short-lived child');
  return result.pid;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('acquireDataDirLock', () => {
  let dir: string;
  const children: ChildProcess[] = [];

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'br-lock-'));
  });

  afterEach(async () => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  /** A live process other than this one, as "the other instance" holding the lock. */
  async function liveOtherProcess(): Promise<number> {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', reject);
    });
    if (child.pid === undefined) throw new Error('sleep did not start');
    return child.pid;
  }

  it('creates dataDir/pglite.lock holding this process id', () => {
    const lock = acquireDataDirLock(dir);
    expect(lock.path).toBe(path.join(dir, 'pglite.lock'));
    expect(readFileSync(lock.path, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('refuses a lock held by another live process', async () => {
    const otherPid = await liveOtherProcess();
    const lockPath = path.join(dir, 'pglite.lock');
    writeFileSync(lockPath, String(otherPid));

    let caught: unknown;
    try {
      acquireDataDirLock(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataDirLockedError);
    const error = caught as DataDirLockedError;
    expect(error.holderPid).toBe(otherPid);
    expect(error.lockPath).toBe(lockPath);
    expect(error.message).toContain('already in use');
    expect(error.message).toContain(String(otherPid));
    // The other instance's lock is left alone.
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(otherPid));
  });

  it('refuses a second acquire while the first is held by another process, and allows it once that one has gone', async () => {
    const first = acquireDataDirLock(dir);
    // Hand the lock over to another live process, as if that process had taken it.
    const otherPid = await liveOtherProcess();
    writeFileSync(first.path, String(otherPid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);

    const child = children[0];
    if (!child) throw new Error('no child');
    child.kill('SIGKILL');
    await exited(child);
    const second = acquireDataDirLock(dir);
    expect(readFileSync(second.path, 'utf8').trim()).toBe(String(process.pid));
    second.release();
  });

  it('treats pid 1 (always alive) as a live holder', () => {
    writeFileSync(path.join(dir, 'pglite.lock'), '1');
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
  });

  it('takes over a stale lock left by a dead process', () => {
    const lockPath = path.join(dir, 'pglite.lock');
    writeFileSync(lockPath, String(deadPid()));
    const lock = acquireDataDirLock(dir);
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it('takes over a lock file whose content is not a pid', () => {
    const lockPath = path.join(dir, 'pglite.lock');
    writeFileSync(lockPath, 'garbage');
    const lock = acquireDataDirLock(dir);
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('release removes the lock file, is idempotent, and lets the lock be taken again', () => {
    const lock = acquireDataDirLock(dir);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    expect(() => lock.release()).not.toThrow();
    const again = acquireDataDirLock(dir);
    expect(existsSync(again.path)).toBe(true);
    again.release();
    expect(existsSync(again.path)).toBe(false);
  });

  it('release does not remove a lock that now belongs to another process', async () => {
    const lock = acquireDataDirLock(dir);
    const otherPid = await liveOtherProcess();
    writeFileSync(lock.path, String(otherPid));
    lock.release();
    expect(readFileSync(lock.path, 'utf8').trim()).toBe(String(otherPid));
  });

  it('fails with a filesystem error (not a lock error) when the directory does not exist', () => {
    expect(() => acquireDataDirLock(path.join(dir, 'missing'))).toThrow(/ENOENT/);
  });
});

describe('the server on a shared DATA_DIR', () => {
  const started: ChildProcess[] = [];
  let dataDir: string;

  afterAll(async () => {
    for (const child of started) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  function startServer(): { child: ChildProcess; stdout: () => string; stderr: () => string } {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      WEB_DIST_DIR: path.join(dataDir, 'no-web-build'),
    };
    delete env.DATABASE_URL;
    delete env.PUBLIC_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    return { child, stdout: () => out, stderr: () => err };
  }

  function waitForOutput(server: ReturnType<typeof startServer>, text: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for "${text}"; stdout: ${server.stdout()} stderr: ${server.stderr()}`));
      }, timeoutMs);
      const check = () => {
        if (server.stdout().includes(text)) {
          cleanup();
          resolve();
        }
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`server exited (${code}) before "${text}"; stderr: ${server.stderr()}`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        server.child.stdout?.off('data', check);
        server.child.off('exit', onExit);
      };
      server.child.stdout?.on('data', check);
      server.child.once('exit', onExit);
      check();
    });
  }

  it('refuses a second instance with exit code 75 and shuts the first down gracefully on SIGTERM', async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'br-lock-server-'));
    const first = startServer();
    await waitForOutput(first, 'is running at', 45_000);
    expect(first.stdout()).toContain('embedded PGlite');
    expect(readFileSync(path.join(dataDir, 'pglite.lock'), 'utf8').trim()).toBe(String(first.child.pid));

    const second = startServer();
    const secondExit = await exited(second.child);
    expect(secondExit.code).toBe(75);
    expect(second.stderr()).toContain('already in use');
    expect(second.stderr()).toContain(String(first.child.pid));
    expect(second.stdout()).not.toContain('is running at');
    // The refused instance did not disturb the running one's lock.
    expect(readFileSync(path.join(dataDir, 'pglite.lock'), 'utf8').trim()).toBe(String(first.child.pid));

    const firstExit = exited(first.child);
    first.child.kill('SIGTERM');
    expect(await firstExit).toEqual({ code: 0, signal: null });
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);
  }, 60_000);
});
