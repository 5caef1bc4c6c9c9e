import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const TOKEN = 'metrics-token-0123456789abcdef';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ METRICS_TOKEN: TOKEN });
});
afterAll(async () => t?.close());

const scrape = (options: { headers?: Record<string, string>; remoteAddress?: string } = {}) =>
  t.app.inject({ method: 'GET', url: '/metrics', ...options });

describe('GET /metrics', () => {
  it('answers a loopback caller in the Prometheus format: requests by matched route, outbox, jobs, cache', async () => {
    await t.app.inject({ method: 'GET', url: '/api/catalog/categories' });
    await t.app.inject({ method: 'GET', url: '/api/catalog/categories' });
    await t.app.inject({ method: 'GET', url: `/api/catalog/products/${randomUUID()}` });

    const res = await scrape();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.body;
    expect(body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/catalog\/categories",status_code="200"\} 2/,
    );
    // The matched route, never the raw URL: one series for every product id.
    expect(body).toContain('route="/api/catalog/products/:id",status_code="404"');
    expect(body).not.toMatch(/route="\/api\/catalog\/products\/[0-9a-f]{8}-/);
    expect(body).toMatch(/^mail_outbox_pending \d+$/m);
    expect(body).toMatch(/^mail_outbox_oldest_pending_seconds [\d.e+-]+$/m);
    expect(body).toMatch(/catalog_cache_answers_total\{source="hit"\} [1-9]/);
    expect(body).toMatch(/catalog_cache_answers_total\{source="miss"\} [1-9]/);
    expect(body).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(body).toMatch(/^realtime_connections 0$/m);
    if (t.database.kind === 'postgres') expect(body).toMatch(/db_pool_connections\{state="total"\} \d+/);
  });

  it('counts scheduled job runs by job from the shared job_runs table', async () => {
    await t.app.scheduler.tick();
    const body = (await scrape()).body;
    expect(body).toMatch(/job_runs\{job="[a-z-]+",state="finished"\} [1-9]/);
  });

  it('is hidden (404) from other addresses and from anything that came through a proxy', async () => {
    expect((await scrape({ remoteAddress: '203.0.113.9' })).statusCode).toBe(404);
    expect((await scrape({ headers: { 'x-forwarded-for': '203.0.113.9' } })).statusCode).toBe(404);
    expect((await scrape({ headers: { forwarded: 'for=203.0.113.9' } })).statusCode).toBe(404);
    expect(
      (await scrape({ remoteAddress: '203.0.113.9', headers: { authorization: `Bearer ${TOKEN}x` } })).statusCode,
    ).toBe(404);
  });

  it('answers any address that shows the token', async () => {
    const res = await scrape({ remoteAddress: '203.0.113.9', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('http_request_duration_seconds');
  });
});
