import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './scripts/precompress.js';
import { shellSeoPlugin } from './scripts/shell-seo.js';

const apiPort = Number(process.env.API_PORT ?? 3000);

// The web app lives in src/web; `npm run build` writes it to dist/web, served by Fastify.
export default defineConfig({
  root: path.resolve('src/web'),
  publicDir: path.resolve('src/web/public'),
  plugins: [react(), precompressPlugin(), shellSeoPlugin()],
  build: {
    outDir: path.resolve('dist/web'),
    emptyOutDir: true,
    // No source maps in the shipped build: they would publish the whole client source with its
    // comments (issue 11). The server refuses *.map under /assets as well (web-app.ts).
    sourcemap: false,
    // dist/web/.vite/manifest.json: the server names a landing page's lazy chunk in the shell
    // (src/server/platform/route-preload.ts). Not under /assets, so never served.
    manifest: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The libraries every page runs, in a chunk of their own: it keeps its hash (and
              // browsers' cached copy) across deploys that change only the app's code. Only
              // libraries loaded up front: react-i18next's <Trans>, zod or libphonenumber-js
              // here would put lazy pages' code back into every page's download.
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|i18next|@tanstack[\\/][^\\/]+)[\\/]/,
            },
            {
              // i18n set-up and the bundled English catalog; the other languages stay chunks of
              // their own (src/web/i18n/index.ts).
              name: 'i18n',
              test: /[\\/]src[\\/]web[\\/](hooks[\\/]useLocale\.ts|i18n[\\/]((index|merge|catalogs[\\/]en)\.ts|locales[\\/]en\.json|features[\\/][^\\/]+[\\/]en\.json))$/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://127.0.0.1:${apiPort}`,
      '/dev': `http://127.0.0.1:${apiPort}`,
      '/healthz': `http://127.0.0.1:${apiPort}`,
      '/readyz': `http://127.0.0.1:${apiPort}`,
    },
  },
});
