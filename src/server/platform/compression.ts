import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Below this a compressed answer saves less than a TCP packet and costs CPU on both ends. */
export const COMPRESSION_THRESHOLD = 1024;

/** Text answers worth compressing; pictures, PDFs, archives and fonts are compressed already. */
const COMPRESSIBLE = /^(application\/(json|xml|javascript)|text\/|image\/svg\+xml)/i;

/**
 * The encoding a client accepts that we prefer: brotli (≈15–20 % smaller than gzip on JSON), then
 * gzip; none when the client names neither (or refuses both with q=0). `*` counts as gzip.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding | undefined {
  if (!header) return undefined;
  const q: Partial<Record<Encoding | '*', number>> = {};
  for (const part of String(header).toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    if (name === 'br' || name === 'gzip' || name === '*') q[name] = Number.isFinite(value) ? value : 0;
  }
  const br = q.br ?? 0;
  const gz = q.gzip ?? q['*'] ?? 0;
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return undefined;
}

/**
 * Quality for answers compressed per request: brotli 5 is ~gzip's speed at a smaller size; brotli's
 * default 11 costs ~20× the CPU for another few percent.
 */
export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzip(body, { level: 6 });
}

/**
 * Compressed forms of bodies that are sent again and again (the catalog cache's answers), kept as
 * long as the body itself is: keyed by the cached Buffer, so an entry the cache drops (a change, its
 * age, its LRU bound) takes its compressed forms with it. A cache hit then costs no compression.
 */
const variants = new WeakMap<Buffer, Partial<Record<Encoding, Promise<Buffer>>>>();
const reusable = new WeakSet<Buffer>();

/** Marks a body that will be sent again as is (a cached answer): its compressed forms are kept. */
export function markReusableBody(body: Buffer): Buffer {
  reusable.add(body);
  return body;
}

/** Compressions computed and reused since start (tests; a cache hit should never compress). */
export const compressionCounts = { computed: 0, reused: 0 };

async function encode(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (!reusable.has(body)) {
    compressionCounts.computed += 1;
    return compress(body, encoding);
  }
  const forms = variants.get(body) ?? {};
  const known = forms[encoding];
  if (known) {
    compressionCounts.reused += 1;
    return known;
  }
  compressionCounts.computed += 1;
  const started = compress(body, encoding);
  forms[encoding] = started;
  variants.set(body, forms);
  return started;
}

function addVary(current: unknown, value: string): string {
  const list = String(current ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (list.some((v) => v === '*' || v.toLowerCase() === value.toLowerCase())) return list.join(', ');
  return [...list, value].join(', ');
}

function isCompressible(request: FastifyRequest, type: string): boolean {
  // Server-sent events must reach the client event by event: never compressed here, even if a
  // route ever sent one as a string (streams pass through anyway).
  return request.method !== 'HEAD' && COMPRESSIBLE.test(type) && !/^text\/event-stream/i.test(type);
}

/**
 * Compresses text answers (API JSON, the HTML shell, the sitemap) above COMPRESSION_THRESHOLD with
 * brotli or gzip, as the client accepts. Only string and Buffer payloads: streamed answers (static
 * assets, which are served precompressed by web-app.ts; files; the messages stream) pass through.
 * Registered first among the onSend hooks that look at payloads, so later hooks see what is sent.
 */
export function installCompression(app: FastifyInstance, threshold = COMPRESSION_THRESHOLD): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('content-encoding')) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!isCompressible(request, type)) return payload;
    // The same URL is answered differently by Accept-Encoding, whatever this one's size.
    void reply.header('vary', addVary(reply.getHeader('vary'), 'Accept-Encoding'));
    // Whether the client takes an encoding first: otherwise a string answer would be encoded to
    // bytes here only to be measured, and again when it is written.
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < threshold) return payload;
    const compressed = await encode(body, encoding);
    void reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compressed;
  });
}
