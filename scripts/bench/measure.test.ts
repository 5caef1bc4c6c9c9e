/**
 * The benchmark's load generator on binary answers (issue 13): a `binary` scenario is received and
 * counted without autocannon decoding each body into a string, and only while it runs.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure } from './measure.js';

const queue = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as {
  prototype: { addBody(data: Buffer): void };
};
const original = queue.prototype.addBody;
const body = randomBytes(64 * 1024);
/** Chunks autocannon decoded, and answers the server sent, during a run. */
const seen: { decoded: number; served: number } = { decoded: 0, served: 0 };

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    seen.served += 1;
    if (request.url === '/json') response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    else response.writeHead(200, { 'content-type': 'application/pdf' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** autocannon's own addBody, counting its calls (each call decodes one chunk into the body string). */
function counting(this: unknown, data: Buffer) {
  seen.decoded += 1;
  original.call(this, data);
}

describe('measure() and binary answers', () => {
  it('receives and counts a binary scenario without decoding its bodies, then restores decoding', async () => {
    queue.prototype.addBody = counting;
    try {
      seen.decoded = 0;
      seen.served = 0;
      const result = await measure(
        base,
        { name: 'pdf', kind: 'pdf-download', locale: 'en', paths: ['/pdf'], binary: true },
        { connections: 2, duration: 1, record: true },
      );
      expect(result.requests).toBeGreaterThan(10);
      expect(result.non2xx).toBe(0);
      expect(result.p50).toBeGreaterThan(0);
      expect(seen.served).toBeGreaterThanOrEqual(result.requests);
      expect(seen.decoded, 'autocannon decoded binary bodies').toBe(0);
      // measure() put back the method it found: the next (JSON) scenario decodes as autocannon does.
      expect(queue.prototype.addBody).toBe(counting);
      seen.decoded = 0;
      const json = await measure(
        base,
        { name: 'json', kind: 'page', locale: 'en', paths: ['/json'] },
        { connections: 2, duration: 1, record: false },
      );
      expect(json.requests).toBeGreaterThan(10);
      expect(seen.decoded).toBeGreaterThanOrEqual(json.requests);
    } finally {
      queue.prototype.addBody = original;
    }
  });
});
