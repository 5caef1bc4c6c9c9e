import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from './document-models.js';
import type { RenderReply, RenderRequest } from './render-worker.js';

/**
 * A small pool of render threads with a FIFO queue: layout and font subsetting take tens of
 * milliseconds of CPU, which must not run on the thread that answers requests. Workers start on
 * first use and are replaced if one dies.
 *
 * Loading: the built server (dist, .js) starts render-worker.js directly; from TypeScript (vitest,
 * tsx) the worker goes through render-worker-tsx.mjs, which registers tsx first.
 */
export interface RenderResult {
  pdf: Buffer;
  pages: number;
  ms: number;
}

interface Job {
  request: RenderRequest;
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./render-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  return fromSource
    ? new Worker(new URL('./render-worker-tsx.mjs', import.meta.url), { workerData: { entry: entry.href } })
    : new Worker(entry);
}

export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number = defaultWorkerCount()) {}

  render(model: DocumentModel, contentSha256: string): Promise<RenderResult> {
    if (this.closed) return Promise.reject(new Error('render pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, model, contentSha256 }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('render pool closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage(job.request);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(), job: null };
    slot.worker.on('message', (reply: RenderReply) => {
      const job = slot.job;
      slot.job = null;
      slot.worker.unref();
      if (job && job.request.id === reply.id) {
        if ('error' in reply) job.reject(new Error(`PDF render failed: ${reply.error}`));
        else
          job.resolve({
            pdf: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength),
            pages: reply.pages,
            ms: reply.ms,
          });
      }
      this.dispatch();
    });
    const fail = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.job?.reject(error);
      slot.job = null;
      if (!this.closed) this.dispatch();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`render worker exited with code ${code}`));
    });
    // An idle pool must not keep the process alive (a busy worker is ref'd while it renders).
    slot.worker.unref();
    this.slots.push(slot);
    return slot;
  }
}
