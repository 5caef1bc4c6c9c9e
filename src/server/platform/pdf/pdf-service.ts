import { createHash } from 'node:crypto';
import type { DocumentModel } from './document-models.js';

/** Bumped when a layout or the renderer changes what a PDF looks like: old renders are not reused. */
export const RENDERER_VERSION = 1;

/** JSON with object keys sorted at every level, so equal models hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** The SHA-256 a version is stored with and its PDF is cached under (hex). */
export function contentSha256(model: DocumentModel): string {
  return createHash('sha256').update(`renderer:${RENDERER_VERSION}\n`).update(canonicalJson(model)).digest('hex');
}

export interface RenderedPdf {
  pdf: Buffer;
  /** SHA-256 of the PDF bytes (hex): the ETag and what the page shows. */
  pdfSha256: string;
  contentSha256: string;
  bytes: number;
  pages: number;
}

/**
 * Generated documents: rendered off the request thread, once per content hash across instances
 * (document_renders), and kept in a small per-instance memory cache for bursts of downloads.
 */
export interface PdfService {
  render(model: DocumentModel): Promise<RenderedPdf>;
  /**
   * This instance's copy of a document already rendered, by the content hash its version was
   * stored with: a download of a known version then needs neither its model nor a hash of it.
   */
  fromMemory(contentSha256: string): RenderedPdf | undefined;
  close(): Promise<void>;
}
