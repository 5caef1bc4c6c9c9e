import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../../scripts/precompress.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { compressionCounts, negotiateEncoding } from './compression.js';

describe('negotiateEncoding', () => {
  it('prefers brotli, falls back to gzip, honours q=0 and treats * as gzip', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding('gzip;q=0')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });
});

describe('API answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  const categories = (encoding?: string) =>
    t.app.inject({
      method: 'GET',
      url: '/api/catalog/categories',
      headers: encoding ? { 'accept-encoding': encoding } : {},
    });

  it('compresses an answer above 1 KB with brotli or gzip as accepted, and says it varies by encoding', async () => {
    const plain = await categories();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    expect(String(plain.headers.vary)).toMatch(/Accept-Encoding/i);

    const br = await categories('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary)).toMatch(/Accept-Encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);

    const gz = await categories('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(Number(gz.headers['content-length'])).toBe(gz.rawPayload.length);
  });

  it('compresses a cached catalog answer once, then sends the kept bytes on every hit', async () => {
    t.app.catalogCache.responses.invalidate();
    const before = { ...compressionCounts };
    const first = await categories('br');
    expect(first.headers['x-cache']).toBe('miss');
    expect(first.headers['content-encoding']).toBe('br');
    expect(compressionCounts.computed).toBe(before.computed + 1);
    const second = await categories('br');
    const third = await categories('br');
    expect([second.headers['x-cache'], third.headers['x-cache']]).toEqual(['hit', 'hit']);
    expect(compressionCounts.computed).toBe(before.computed + 1);
    expect(compressionCounts.reused).toBe(before.reused + 2);
    expect(third.rawPayload.equals(first.rawPayload)).toBe(true);
    // gzip is kept separately: computed once for the same cached body.
    await categories('gzip');
    await categories('gzip');
    expect(compressionCounts.computed).toBe(before.computed + 2);
    // A change drops the answer and its compressed forms: the next one is compressed afresh.
    t.app.catalogCache.responses.invalidate();
    expect((await categories('br')).headers['x-cache']).toBe('miss');
    expect(compressionCounts.computed).toBe(before.computed + 3);
  });

  it('leaves small answers and clients without Accept-Encoding alone', async () => {
    const small = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'accept-encoding': 'br' } });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toMatchObject({ status: 'ok' });
  });
});

describe('precompressed assets', () => {
  const JS = `export const text = ${JSON.stringify('buttress roots '.repeat(200))};\n`;
  let dist: string;
  let t: TestApp;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'br-web-precompress-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><html lang="en"><body><div id="root"></div></body></html>',
    );
    writeFileSync(path.join(dist, 'assets', 'app-abc.js'), JS);
    writeFileSync(path.join(dist, 'assets', 'tiny-abc.js'), 'export {};\n');
    writeFileSync(path.join(dist, 'assets', 'font-abc.woff2'), Buffer.alloc(4096, 7));
    t = await createTestApp({ WEB_DIST_DIR: dist }, { serveWeb: true });
  });
  afterAll(async () => {
    await t?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('writes .br and .gz beside text assets above 1 KB that decompress to the original, nothing for fonts', () => {
    const written = precompressDir(path.join(dist, 'assets'));
    expect(written.map((w) => path.basename(w.file))).toEqual(['app-abc.js']);
    const file = path.join(dist, 'assets', 'app-abc.js');
    expect(zlib.brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(JS);
    expect(zlib.gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(JS);
    expect(existsSync(path.join(dist, 'assets', 'tiny-abc.js.br'))).toBe(false);
    expect(existsSync(path.join(dist, 'assets', 'font-abc.woff2.br'))).toBe(false);
  });

  it('serves the precompressed file to a client that accepts it, with Vary and the year-long caching', async () => {
    const br = await t.app.inject({
      method: 'GET',
      url: '/assets/app-abc.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(String(br.headers.vary)).toMatch(/Accept-Encoding/i);
    expect(String(br.headers['cache-control'])).toContain('immutable');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(JS);

    const gz = await t.app.inject({ method: 'GET', url: '/assets/app-abc.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(JS);

    const plain = await t.app.inject({ method: 'GET', url: '/assets/app-abc.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(JS);
    expect(String(plain.headers.vary)).toMatch(/Accept-Encoding/i);

    // An asset without a compressed copy is still served, as is.
    const tiny = await t.app.inject({
      method: 'GET',
      url: '/assets/tiny-abc.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(tiny.statusCode).toBe(200);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body).toBe('export {};\n');
  });
});
