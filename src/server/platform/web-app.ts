import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isKnownPage, splitLocalePath } from '../../shared/routes.js';
import { jsonNotFound } from './error-handler.js';
import { loadRoutePreloads } from './route-preload.js';
import { escapeHtml } from './html.js';
import { loadShellText, previewRoot, type PagePreview, type PagePreviewProvider } from './shell-preview.js';

const NON_PAGE_PREFIXES = ['/api/', '/assets/', '/dev/', '/healthz', '/readyz'];

function isSourceMap(pathName: string): boolean {
  let decoded = pathName;
  try {
    decoded = decodeURIComponent(pathName);
  } catch {
    return true; // Malformed escapes: refuse rather than guess.
  }
  return decoded.toLowerCase().endsWith('.map');
}

/**
 * Page URLs answer browsers, crawlers and uptime checks alike (HEAD, `Accept: *\/*` or none); only
 * a client that asks for something else (e.g. JSON) gets the JSON 404.
 */
function wantsHtml(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const accept = request.headers.accept ?? '*/*';
  return accept.includes('text/html') || accept.includes('*/*');
}

/** What the server knows that the first paint needs (src/web/lib/boot.ts reads it). */
export interface ShellFacts {
  supportPhone: string;
  /** The public pages' previews (shell-preview.ts): their top, written into `#root`. */
  preview?: PagePreviewProvider;
}

/**
 * A JSON data block (not executed, so the CSP's script-src does not apply): the support phone and
 * whether the visitor is signed in, so the header is drawn at its final size on the first paint
 * instead of growing when /api/site and /api/auth/me answer (issue 16: layout shifts).
 * `<` is escaped so no value can close the element.
 */
function bootBlock(request: FastifyRequest, facts: ShellFacts, locale: string): string {
  const json = JSON.stringify({ locale, supportPhone: facts.supportPhone, signedIn: Boolean(request.user) });
  return `<script type="application/json" id="br-boot">${json.replace(/</g, '\\u003c')}</script>`;
}

type SeoTable = Record<string, Record<string, { title: string; description?: string } | undefined> | undefined>;

/**
 * The page's title and description in its language (dist/web/.vite/seo.json, written by
 * `vite build` from the UI catalogs: scripts/shell-seo.ts), for crawlers and the first paint. The
 * app replaces them as it navigates (useSeo drops the shell's description for good).
 */
function loadShellSeo(webDistDir: string): (html: string, locale: string, pagePath: string) => string {
  const file = path.join(webDistDir, '.vite', 'seo.json');
  if (!existsSync(file)) return (html) => html;
  const table = JSON.parse(readFileSync(file, 'utf8')) as SeoTable;
  return (html, locale, pagePath) => {
    const pages = table[locale];
    const seo = pages?.[pagePath.replace(/\/+$/, '') || '/'] ?? pages?.['*'];
    if (!seo) return html;
    const description = seo.description
      ? `<meta name="description" content="${escapeHtml(seo.description)}" data-shell>`
      : '';
    return html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(seo.title)}</title>${description}`);
  };
}

/** The app's module scripts and their preloads, fetched after the page's pictures. */
function lowPriorityScripts(html: string): string {
  return html
    .replace(/<script type="module" /g, '<script type="module" fetchpriority="low" ')
    .replace(/<link rel="modulepreload" /g, '<link rel="modulepreload" fetchpriority="low" ');
}

/**
 * Serves the built React app from the same process: hashed assets cached for a year,
 * the HTML shell never cached and rendered with `<html lang>` for the URL's locale.
 * Unknown pages still get the shell (which shows the translated 404) with status 404.
 */
export async function installWebApp(app: FastifyInstance, webDistDir: string, facts: ShellFacts): Promise<void> {
  const indexPath = path.join(webDistDir, 'index.html');
  const hasBuild = existsSync(indexPath);
  const shell = hasBuild ? readFileSync(indexPath, 'utf8') : undefined;
  const routePreloads = loadRoutePreloads(webDistDir);
  const withSeo = loadShellSeo(webDistDir);
  const shellText = loadShellText(webDistDir);

  /** The page's preview in `#root`, and its own title and description when it has them. */
  async function withPreview(
    html: string,
    request: FastifyRequest,
    locale: string,
    rest: string,
  ): Promise<string | undefined> {
    const text = shellText(locale);
    if (!text || !facts.preview) return undefined;
    // `rest` is the path alone (splitLocalePath drops the query); the query comes from the URL.
    const search = request.url.split('?')[1] ?? '';
    let preview: PagePreview | undefined;
    try {
      preview = await facts.preview({ locale, path: rest, query: new URLSearchParams(search), text });
    } catch (error) {
      // The shell without a preview is still the whole page: the app draws it.
      request.log.warn({ err: error }, 'page preview failed');
    }
    if (!preview) return undefined;
    let out = html.replace(
      '<div id="root"></div>',
      () => `<div id="root">${previewRoot(text, locale, facts.supportPhone, preview)}</div>`,
    );
    if (preview.title) {
      const title = `${preview.title} — ${text('common.brandName')}`;
      out = out.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
    }
    if (preview.description) {
      const meta = `<meta name="description" content="${escapeHtml(preview.description)}" data-shell>`;
      out = out.replace(/<meta name="description"[^>]*>/, '').replace('</title>', () => `</title>${meta}`);
    }
    return out;
  }

  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: path.join(webDistDir, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
      // `vite build` writes a .br and a .gz beside each text asset (scripts/precompress.ts):
      // sent as is to a client that accepts them, so no asset is compressed per request.
      preCompressed: true,
      setHeaders: (res) => res.setHeader('vary', 'Accept-Encoding'),
      // Never a source map, even one left in the build folder: it is the client's whole source.
      allowedPath: (pathName) => !isSourceMap(pathName),
    });
    for (const file of ['favicon.svg', 'robots.txt']) {
      if (!existsSync(path.join(webDistDir, file))) continue;
      app.get(`/${file}`, { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) =>
        // Unhashed names: a day, not the assets' year-long immutable caching.
        reply.sendFile(file, webDistDir, { maxAge: '1d', immutable: false }),
      );
    }
  }

  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) =>
    reply.header('vary', 'Cookie, Accept-Language').redirect(`/${request.locale}/`, 302),
  );

  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url;
    if (NON_PAGE_PREFIXES.some((p) => url.startsWith(p)) || !wantsHtml(request)) return jsonNotFound(request, reply);
    const { locale, rest } = splitLocalePath(url);
    if (!locale) {
      return reply.header('vary', 'Cookie, Accept-Language').redirect(`/${request.locale}${url}`, 302);
    }
    if (!shell) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web app has not been built. Run `npm run build` (or `npm start`, which builds first).');
    }
    const known = isKnownPage(rest);
    const seo = withSeo(shell, locale, rest);
    const previewed = known ? await withPreview(seo, request, locale, rest) : undefined;
    let html = (previewed ?? seo)
      .replace(/<html lang="[^"]*"/, `<html lang="${locale}"`)
      .replace('</head>', () => `${routePreloads(rest, locale)}${bootBlock(request, facts, locale)}</head>`);
    // With the page's top already in the HTML, the app's scripts are not what the first paint
    // waits for: the preview's picture goes first, the scripts after it.
    if (previewed) html = lowPriorityScripts(html);
    return (
      reply
        .status(known ? 200 : 404)
        .header('cache-control', 'no-cache')
        // The boot block says whether the session cookie is valid: a shared cache must not mix them up.
        .header('vary', 'Cookie')
        .type('text/html; charset=utf-8')
        .send(html)
    );
  });
}
