import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../test/supplier-fixtures.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import type { ErrorBody } from './errors.js';

const SHELL = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Buttress Roots</title>
    <script type="module" crossorigin src="/assets/app-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;
const APP_JS = 'console.log("buttress roots");\n';
/** Vite's build manifest: the guide is a lazy chunk with a helper chunk of its own and its CSS. */
const MANIFEST = {
  'index.html': { file: 'assets/app-abc.js', isEntry: true, imports: ['_vendor.js'] },
  _vendor: { file: 'assets/vendor-abc.js' },
  '_vendor.js': { file: 'assets/vendor-abc.js' },
  'styles/cjk-font.css': { file: 'assets/cjk-font-abc.css', src: 'styles/cjk-font.css' },
  'i18n/catalogs/ru.ts': { file: 'assets/ru-abc.js', isDynamicEntry: true, imports: ['_vendor.js'] },
  '_GuideText.js': { file: 'assets/GuideText-abc.js', imports: ['_vendor.js'] },
  'routes/ToBeSuppliersPage.tsx': {
    file: 'assets/ToBeSuppliersPage-abc.js',
    isDynamicEntry: true,
    imports: ['_vendor.js', '_GuideText.js'],
    css: ['assets/ToBeSuppliersPage-abc.css'],
  },
};
const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the web app, with a build', () => {
  let dist: string;
  let t: TestApp;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'br-web-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), SHELL);
    writeFileSync(path.join(dist, 'assets', 'app-abc.js'), APP_JS);
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    mkdirSync(path.join(dist, '.vite'));
    writeFileSync(path.join(dist, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
    writeFileSync(
      path.join(dist, '.vite', 'seo.json'),
      JSON.stringify({
        ru: {
          '*': { title: 'Buttress Roots — платформа' },
          '/login': { title: 'Вход — Buttress Roots', description: 'Войдите <быстро> & "просто"' },
        },
      }),
    );
    t = await createTestApp({ WEB_DIST_DIR: dist }, { serveWeb: true });
  });
  afterAll(async () => {
    await t?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('redirects / to the negotiated locale', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/', headers: { 'accept-language': 'ru' } });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/ru/');
    expect(String(res.headers.vary)).toMatch(/Accept-Language/i);
    expect(String(res.headers.vary)).toMatch(/Cookie/i);
  });

  it('redirects / to English without a preference, and to the cookie locale when set', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/' })).headers.location).toBe('/en/');
    const res = await t.app.inject({
      method: 'GET',
      url: '/',
      headers: { 'accept-language': 'ru', cookie: 'br_lang=zh-CN' },
    });
    expect(res.headers.location).toBe('/zh-CN/');
  });

  it('serves a known page as the shell with <html lang> set to the URL locale, never cached', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/ru/to-be-suppliers', headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<html lang="ru">');
    expect(res.body).not.toContain('<html lang="en">');
    expect(res.body).toContain('<div id="root"></div>');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('writes what the first paint needs into the shell: support phone and a signed-out hint, as inert JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/es/products/x', headers: HTML });
    const block = /<script type="application\/json" id="br-boot">([^<]*)<\/script><\/head>/.exec(res.body);
    expect(block).not.toBeNull();
    expect(JSON.parse(block?.[1] ?? '')).toEqual({
      locale: 'es',
      supportPhone: t.config.SUPPORT_PHONE,
      signedIn: false,
    });
  });

  it('tells the first paint a visitor with a valid session is signed in (and not one with a stale cookie)', async () => {
    const boot = (body: string) =>
      JSON.parse(/id="br-boot">([^<]*)<\/script>/.exec(body)?.[1] ?? '{}') as { signedIn?: boolean };
    const user = await makeUser(t);
    const res = await t.app.inject({ method: 'GET', url: '/en/', headers: { ...HTML, cookie: user.cookie } });
    expect(boot(res.body).signedIn).toBe(true);
    expect(String(res.headers.vary)).toMatch(/Cookie/);
    const stale = await t.app.inject({ method: 'GET', url: '/en/', headers: { ...HTML, cookie: 'br_session=nope' } });
    expect(boot(stale.body).signedIn).toBe(false);
  });

  it('writes the page’s title and description in its language into the shell, escaped', async () => {
    const login = await t.app.inject({ method: 'GET', url: '/ru/login/', headers: HTML });
    expect(login.body).toContain(
      '<title>Вход — Buttress Roots</title><meta name="description" content="Войдите &lt;быстро&gt; &amp; &quot;просто&quot;" data-shell>',
    );
    const other = await t.app.inject({ method: 'GET', url: '/ru/search?q=x', headers: HTML });
    expect(other.body).toContain('<title>Buttress Roots — платформа</title>');
    expect(other.body).not.toContain('name="description"');
    // No entry for the language: the shell's own title.
    const es = await t.app.inject({ method: 'GET', url: '/es/login', headers: HTML });
    expect(es.body).toContain('<title>Buttress Roots</title>');
  });

  it('names a landing lazy page’s chunks and CSS in the shell, not what the entry already loads', async () => {
    const guide = await t.app.inject({ method: 'GET', url: '/ru/to-be-suppliers?x=1', headers: HTML });
    expect(guide.body).toContain('<link rel="modulepreload" crossorigin href="/assets/ToBeSuppliersPage-abc.js">');
    expect(guide.body).toContain('<link rel="modulepreload" crossorigin href="/assets/GuideText-abc.js">');
    expect(guide.body).toContain('<link rel="stylesheet" crossorigin href="/assets/ToBeSuppliersPage-abc.css">');
    expect(guide.body).not.toContain('vendor-abc.js');
    const home = await t.app.inject({ method: 'GET', url: '/ru/', headers: HTML });
    expect(home.body).not.toContain('ToBeSuppliersPage');
    // The language's catalog, on every page in that language.
    expect(home.body).toContain('<link rel="modulepreload" crossorigin href="/assets/ru-abc.js">');
    const english = await t.app.inject({ method: 'GET', url: '/en/', headers: HTML });
    expect(english.body).not.toContain('modulepreload');
    expect(english.body).not.toContain('cjk-font');
    // Chinese pages declare the CJK web font's rules up front (a slice is fetched only if needed).
    const chinese = await t.app.inject({ method: 'GET', url: '/zh-CN/', headers: HTML });
    expect(chinese.body).toContain('<link rel="stylesheet" href="/assets/cjk-font-abc.css">');
    expect((await t.app.inject({ method: 'GET', url: '/ru/', headers: HTML })).body).not.toContain('cjk-font');
  });

  it('uses the URL locale, not the visitor preference, for <html lang>', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/zh-CN/',
      headers: { ...HTML, 'accept-language': 'es', cookie: 'br_lang=ru' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="zh-CN">');
  });

  it('answers an unknown page with 404 and still the shell (which shows the translated 404)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/ru/does-not-exist', headers: HTML });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html lang="ru">');
    expect(res.body).toContain('<div id="root"></div>');
  });

  it('redirects a page without a locale to the cookie locale, keeping path and query', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/to-be-suppliers',
      headers: { ...HTML, cookie: 'br_lang=es', 'accept-language': 'ru' },
    });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/es/to-be-suppliers');

    const withQuery = await t.app.inject({
      method: 'GET',
      url: '/login?next=%2Fen%2F',
      headers: { ...HTML, 'accept-language': 'ru' },
    });
    expect(withQuery.statusCode).toBe(302);
    expect(withQuery.headers.location).toBe('/ru/login?next=%2Fen%2F');
  });

  it('never redirects off-site from a path that starts with two slashes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '//evil.example/x', headers: HTML });
    expect(res.statusCode).toBe(302);
    const location = String(res.headers.location);
    expect(location.startsWith('/en/')).toBe(true);
    expect(new URL(location, 'http://localhost').host).toBe('localhost');
  });

  it('serves hashed assets cached for a year', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/app-abc.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(APP_JS);
    expect(res.headers['content-type']).toMatch(/javascript/);
    const cacheControl = String(res.headers['cache-control']);
    expect(cacheControl).toContain('immutable');
    expect(cacheControl).toContain('max-age=31536000');
  });

  it('answers a missing asset with a JSON 404, even to a browser', async () => {
    for (const headers of [{}, HTML]) {
      const res = await t.app.inject({ method: 'GET', url: '/assets/missing.js', headers });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json<ErrorBody>().code).toBe('NOT_FOUND');
    }
  });

  it('does not serve files outside the assets folder', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/../index.html' });
    expect(res.body).not.toContain('<div id="root">');
    const encoded = await t.app.inject({ method: 'GET', url: '/assets/..%2findex.html' });
    expect(encoded.statusCode).toBeGreaterThanOrEqual(400);
    expect(encoded.body).not.toContain('<div id="root">');
  });

  it('serves the favicon', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.body).toContain('<svg');
  });

  // Unhashed file names must not inherit the hashed assets' year-long immutable caching.
  it('caches the unhashed favicon for a day, not immutably for a year', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('keeps API 404s as JSON, even for a browser', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nope', headers: HTML });
    expect(res.statusCode).toBe(404);
    expect(res.json<ErrorBody>().code).toBe('NOT_FOUND');
  });

  it('answers JSON 404 (not the shell, not a redirect) to a non-HTML request for an unknown path', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/ru/does-not-exist',
      headers: { accept: 'application/json' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json<ErrorBody>().code).toBe('NOT_FOUND');
    const post = await t.app.inject({ method: 'POST', url: '/to-be-suppliers', headers: HTML });
    expect(post.statusCode).toBe(404);
    expect(post.json<ErrorBody>().code).toBe('NOT_FOUND');
  });

  it('answers HEAD and Accept: */* on page URLs like a browser’s GET (crawlers, uptime checks)', async () => {
    const head = await t.app.inject({ method: 'HEAD', url: '/en/to-be-suppliers', headers: { accept: '*/*' } });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toContain('text/html');
    expect(head.body).toBe('');
    const any = await t.app.inject({ method: 'GET', url: '/en/to-be-suppliers', headers: { accept: '*/*' } });
    expect(any.statusCode).toBe(200);
    expect(any.body).toContain('<html lang="en"');
    const missing = await t.app.inject({ method: 'HEAD', url: '/en/does-not-exist' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('text/html');
  });

  it('still serves the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/site', headers: { 'accept-language': 'es-MX' } });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ locale: string }>().locale).toBe('es');
  });
});

describe('the web app, without a build', () => {
  let dist: string;
  let t: TestApp;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'br-web-empty-'));
    t = await createTestApp({ WEB_DIST_DIR: dist }, { serveWeb: true });
  });
  afterAll(async () => {
    await t?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('answers a page with 503 and tells how to build', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/en/', headers: HTML });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('npm run build');
  });

  it('still redirects / and answers assets with a JSON 404', async () => {
    const root = await t.app.inject({ method: 'GET', url: '/', headers: { 'accept-language': 'es' } });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/es/');
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-abc.js' });
    expect(asset.statusCode).toBe(404);
    expect(asset.json<ErrorBody>().code).toBe('NOT_FOUND');
  });
});
