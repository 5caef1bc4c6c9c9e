import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

/** Headers of a JSON POST that promises a body and then sends only its first byte. */
function stalledRequest(port: number, path = '/api/auth/login'): string {
  return (
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\n` +
    'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{'
  );
}

/** Opens a raw socket, writes `data`, and resolves with what came back once the server closes it. */
function openSocket(port: number, data: string) {
  const socket = net.connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  socket.write(data);
  return { socket, closed };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);

function portOf(app: FastifyInstance): number {
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return address.port;
}

/** Issue 11 finding 8: a body that stalls after its headers was never timed out. */
describe('request timeouts on a listening server', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp({ REQUEST_TIMEOUT_MS: '1000' });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = portOf(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 408 and closes a connection whose body stalls past REQUEST_TIMEOUT_MS', async () => {
    const started = Date.now();
    const { socket, closed } = openSocket(port, stalledRequest(port));
    const answer = await within(closed, 5000);
    socket.destroy();
    expect(answer, 'the stalled connection is still open after 5 s').not.toBe('timeout');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('still takes a slow body that keeps arriving within the limit', async () => {
    const body = JSON.stringify({ login: 'nobody_here', password: 'Wrong-Password-123' });
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.write(
      `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
    );
    for (const piece of [body.slice(0, 10), body.slice(10, 30), body.slice(30)]) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      socket.write(piece);
    }
    await new Promise((resolve) => socket.on('close', resolve));
    expect(received).toMatch(/^HTTP\/1\.1 401/);
  });
});

/** SIGTERM with a stalled upload open took 11.4 s against a 10 s budget (and exited 1). */
describe('graceful shutdown of the real server', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'br-shutdown-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits 0 within SHUTDOWN_TIMEOUT_MS although a body is stalled and a keep-alive socket idles', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: '',
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'silent',
        SHUTDOWN_TIMEOUT_MS: '4000',
        REQUEST_TIMEOUT_MS: '60000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /running at http:\/\/localhost:(\d+)\//.exec(output);
          if (match) {
            clearInterval(timer);
            resolve(Number(match[1]));
          }
        }, 50);
        void exited.then(() => reject(new Error(`server exited early:\n${output}`)));
      });
      const stalled = openSocket(port, stalledRequest(port, '/api/files?purpose=supplier_material'));
      const idle = openSocket(port, `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = Date.now();
      child.kill('SIGTERM');
      const code = await within(exited, 8000);
      const took = Date.now() - started;
      stalled.socket.destroy();
      idle.socket.destroy();
      expect(code, output).toBe(0);
      expect(took).toBeLessThan(4000);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
