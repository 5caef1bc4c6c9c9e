import { parentPort } from 'node:worker_threads';
import type { DocumentModel } from './document-models.js';
import { renderDocument } from './layouts/render-document.js';

/**
 * A render worker thread (see worker-pool.ts): takes { id, model, contentSha256 }, answers
 * { id, pdf, pages, ms } with the bytes transferred, or { id, error }.
 */
export interface RenderRequest {
  id: number;
  model: DocumentModel;
  contentSha256: string;
}
export type RenderReply = { id: number; pdf: Uint8Array; pages: number; ms: number } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('render-worker runs in a worker thread');

port.on('message', (request: RenderRequest) => {
  const started = performance.now();
  renderDocument(request.model, request.contentSha256).then(
    ({ pdf, pages }) => {
      // A fresh ArrayBuffer of exactly the PDF, so it can be transferred instead of copied.
      const bytes = new Uint8Array(pdf.byteLength);
      bytes.set(pdf);
      const reply: RenderReply = { id: request.id, pdf: bytes, pages, ms: performance.now() - started };
      port.postMessage(reply, [bytes.buffer]);
    },
    (error: unknown) => {
      const reply: RenderReply = {
        id: request.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      port.postMessage(reply);
    },
  );
});
