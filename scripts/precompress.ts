import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** Text assets worth compressing; fonts (woff2), pictures and archives are compressed already. */
const TEXT_ASSET = /\.(js|mjs|css|html|svg|json|txt|xml)$/i;
/** Below this the compressed copy saves less than it costs a request to look for it. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (brotli quality 11: built once, sent a million times) and `<file>.gz` (gzip 9)
 * beside every text asset under `dir`, unless the compressed form is not smaller. @fastify/static's
 * `preCompressed` (src/server/platform/web-app.ts) sends them to clients that accept them.
 * Returns the files written, for the build's log and the tests.
 */
export function precompressDir(dir: string): { file: string; bytes: number; br: number; gz: number }[] {
  const written: { file: string; bytes: number; br: number; gz: number }[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      written.push(...precompressDir(file));
      continue;
    }
    if (!TEXT_ASSET.test(name)) continue;
    const body = readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const br = zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    const gz = zlib.gzipSync(body, { level: 9 });
    if (br.length < body.length) writeFileSync(`${file}.br`, br);
    if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
    written.push({ file, bytes: body.length, br: br.length, gz: gz.length });
  }
  return written;
}

/** `vite build`: precompress the hashed assets once they are written. */
export function precompressPlugin(): Plugin {
  let assetsDir = '';
  return {
    name: 'buttress-precompress',
    apply: 'build',
    configResolved(config) {
      assetsDir = path.join(config.build.outDir, config.build.assetsDir);
    },
    closeBundle() {
      const files = precompressDir(assetsDir);
      const sum = (k: 'bytes' | 'br' | 'gz') => Math.round(files.reduce((s, f) => s + f[k], 0) / 1024);
      this.info(`precompressed ${files.length} assets: ${sum('bytes')} KB → br ${sum('br')} KB, gzip ${sum('gz')} KB`);
    },
  };
}
