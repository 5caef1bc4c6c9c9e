/**
 * Generated documents (issue 13): a 2-page bilingual contract rendered N times with no cache, the
 * way a new contract version is rendered — through the render worker pool, one after another
 * (latency of one render, message passing included), then N at once on the pool (throughput).
 * Targets: p95 ≤ 300 ms, ≤ 200 KB.
 */
import os from 'node:os';
import { contentSha256 } from '../../src/server/platform/pdf/pdf-service.js';
import { RenderPool } from '../../src/server/platform/pdf/worker-pool.js';
import { exportContractModel } from '../../src/server/test/document-fixtures.js';

export const PDF_TARGETS = { p95Ms: 300, bytes: 200 * 1024 };

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

export async function benchPdf(renders: number): Promise<string[]> {
  const pool = new RenderPool();
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  const loadBefore = load();
  const model = (i: number) => ({ ...exportContractModel, versionNo: 1000 + i });
  try {
    const coldStart = performance.now();
    const first = await pool.render(model(0), contentSha256(model(0)));
    const coldMs = performance.now() - coldStart;
    // The second worker starts (and parses its fonts) here, outside the measured runs.
    await Promise.all([1, 2].map((i) => pool.render(model(i), contentSha256(model(i)))));

    const times: number[] = [];
    let maxBytes = 0;
    let pages = 0;
    for (let i = 0; i < renders; i++) {
      const m = model(10 + i);
      const start = performance.now();
      const result = await pool.render(m, contentSha256(m));
      times.push(performance.now() - start);
      maxBytes = Math.max(maxBytes, result.pdf.byteLength);
      pages = Math.max(pages, result.pages);
    }
    times.sort((a, b) => a - b);
    const p50 = quantile(times, 0.5);
    const p95 = quantile(times, 0.95);

    const burstStart = performance.now();
    await Promise.all(
      Array.from({ length: renders }, (_, i) => {
        const m = model(10_000 + i);
        return pool.render(m, contentSha256(m));
      }),
    );
    const perSecond = renders / ((performance.now() - burstStart) / 1000);

    const ok = (good: boolean) => (good ? 'ok' : 'MISSED');
    return [
      `PDF: 2-page contract (export, 3 lines), ${renders} renders, cache bypassed, ${pages} pages; ` +
        `${os.cpus().length} CPUs, ${pool.size} render workers, load ${loadBefore} → ${load()}`,
      '',
      '| measure | value | target |',
      '|---|---:|---|',
      `| first render of a fresh worker (fonts parsed) | ${coldMs.toFixed(0)} ms | – |`,
      `| render p50 (one at a time) | ${p50.toFixed(1)} ms | – |`,
      `| render p95 (one at a time) | ${p95.toFixed(1)} ms | ≤ ${PDF_TARGETS.p95Ms} ms: ${ok(p95 <= PDF_TARGETS.p95Ms)} |`,
      `| size | ${(maxBytes / 1024).toFixed(1)} KB (first: ${(first.pdf.byteLength / 1024).toFixed(1)} KB) | ≤ 200 KB: ${ok(maxBytes <= PDF_TARGETS.bytes)} |`,
      `| throughput, ${renders} at once on the pool | ${perSecond.toFixed(1)} renders/s | – |`,
    ];
  } finally {
    await pool.close();
  }
}
