import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { ByteLru } from './byte-lru.js';
import type { DocumentModel } from './document-models.js';
import { findRender, insertRender } from './document-renders.repo.js';
import { contentSha256, type PdfService, type RenderedPdf } from './pdf-service.js';
import { RenderPool } from './worker-pool.js';

export interface PdfServiceDeps {
  db: Db;
  /** Render threads; min(2, cores) by default. */
  workers?: number;
  /** Bound of the per-instance memory cache, in PDF bytes (default 32 MiB). */
  memoryBytes?: number;
}

export interface PdfStats {
  /** Renders done by a worker (cache misses). */
  renders: number;
  memoryHits: number;
  databaseHits: number;
}

export interface PdfRenderService extends PdfService {
  /** Renders without looking at or filling any cache (benchmarks). */
  renderUncached(model: DocumentModel): Promise<RenderedPdf>;
  stats(): PdfStats;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Generated documents (docs/pdf.md): memory → document_renders → worker render, keyed by the
 * content hash. Concurrent requests for one hash share one render (single flight); the row is
 * written with ON CONFLICT DO NOTHING so instances racing on a version store it once.
 */
export function createPdfService(deps: PdfServiceDeps): PdfRenderService {
  const pool = new RenderPool(deps.workers);
  const memory = new ByteLru<RenderedPdf>(deps.memoryBytes ?? 32 * 1024 * 1024, (r) => r.bytes);
  const inFlight = new Map<string, Promise<RenderedPdf>>();
  const stats: PdfStats = { renders: 0, memoryHits: 0, databaseHits: 0 };

  async function renderFresh(model: DocumentModel, hash: string): Promise<RenderedPdf & { ms: number }> {
    const { pdf, pages, ms } = await pool.render(model, hash);
    stats.renders++;
    return { pdf, pdfSha256: sha256(pdf), contentSha256: hash, bytes: pdf.byteLength, pages, ms };
  }

  async function load(model: DocumentModel, hash: string): Promise<RenderedPdf> {
    const row = await findRender(deps.db, hash);
    if (row) {
      stats.databaseHits++;
      return { pdf: row.pdf, pdfSha256: row.pdfSha256, contentSha256: hash, bytes: row.bytes, pages: row.pages };
    }
    const { ms, ...rendered } = await renderFresh(model, hash);
    await insertRender(deps.db, {
      contentSha256: hash,
      kind: model.kind,
      pdf: rendered.pdf,
      pdfSha256: rendered.pdfSha256,
      bytes: rendered.bytes,
      pages: rendered.pages,
      renderMs: Math.round(ms),
    });
    return rendered;
  }

  return {
    render(model) {
      const hash = contentSha256(model);
      const cached = memory.get(hash);
      if (cached) {
        stats.memoryHits++;
        return Promise.resolve(cached);
      }
      let pending = inFlight.get(hash);
      if (!pending) {
        pending = load(model, hash)
          .then((rendered) => {
            memory.set(hash, rendered);
            return rendered;
          })
          .finally(() => inFlight.delete(hash));
        inFlight.set(hash, pending);
      }
      return pending;
    },
    fromMemory(hash) {
      const cached = memory.get(hash);
      if (cached) stats.memoryHits++;
      return cached;
    },
    async renderUncached(model) {
      const { ms: _ms, ...rendered } = await renderFresh(model, contentSha256(model));
      return rendered;
    },
    stats: () => ({ ...stats }),
    close: () => pool.close(),
  };
}
