import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { futureClock } from '../test/accounts-fixtures.js';
import { categoryId, publish, seller, setShelf, text, type CatalogTestApp } from '../test/catalog-fixtures.js';
import { createCountingTestDatabase } from '../test/query-counter.js';
import { startTestApp } from '../test/test-app.js';

/** The page preview (issue 16): the public pages' top in the first HTML, escaped, in the page's language. */

const SHELL = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Buttress Roots</title>
    <script type="module" crossorigin src="/assets/app-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-abc.js">
  </head>
  <body><div id="root"></div></body>
</html>
`;
const WORDS = {
  'common.brandName': 'Buttress Roots',
  'common.homeLink': 'Buttress Roots home page',
  'terms.customerSupport': 'Customer Support',
  'terms.home': 'Home',
  'terms.toBeSuppliers': 'To be Suppliers',
  'nav.main': 'Main navigation',
  'nav.breadcrumb': 'You are here',
  'home.heroTitle': 'Verified suppliers, global buyers',
  'home.heroLead': 'Authenticated companies publish their products.',
  'home.ctaSupplier': 'Become a supplier',
  'home.ctaBuyer': 'Register as a buyer',
  'home.factLanguages': 'Four languages',
  'home.factVerified': 'Reviewed',
  'home.factContracts': 'Contracts',
  'catalog.search.title': 'Search',
  'catalog.search.resultsFor': 'Results for “{{query}}”',
  'catalog.seo.search': 'Search products from authenticated suppliers.',
  'catalog.seo.category': '{{name}} from authenticated suppliers.',
  'publicSupplier.verified': 'Authenticated supplier',
  'guide.intro': 'This guide explains how to become a supplier.',
};
const HTML = { accept: 'text/html' };
const rootOf = (body: string) => /<div id="root">([\s\S]*?)<\/div>\s*<\/body>/.exec(body)?.[1] ?? '';

describe('the page preview in the HTML shell', () => {
  let dist: string;
  let t: CatalogTestApp;
  let productId: string;
  let supplierId: string;
  let owner: Awaited<ReturnType<typeof seller>>;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'br-preview-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    mkdirSync(path.join(dist, '.vite'));
    writeFileSync(path.join(dist, 'index.html'), SHELL);
    writeFileSync(
      path.join(dist, '.vite', 'shell-text.json'),
      JSON.stringify({ en: WORDS, 'zh-CN': { ...WORDS, 'terms.home': '首页' } }),
    );
    const database = await createCountingTestDatabase();
    const clock = futureClock();
    t = {
      ...(await startTestApp(database, { clock, env: { WEB_DIST_DIR: dist }, serveWeb: true })),
      database,
      clock,
    };
    owner = await seller(t);
    supplierId = owner.supplierId;
    productId = await publish(t, owner, await categoryId(t, 'hardware-fasteners'), {
      translations: {
        en: text('Hex bolt <M8> & "nut"', { sellingPoints: 'Stainless steel, A2-70.' }),
        'zh-CN': text('六角螺栓'),
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('writes a product’s name, title and description into the first HTML, escaped', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/en/products/${productId}`, headers: HTML });
    expect(res.statusCode).toBe(200);
    const root = rootOf(res.body);
    expect(root).toContain('<h1 lang="en">Hex bolt &lt;M8&gt; &amp; &quot;nut&quot;</h1>');
    expect(root).toContain('class="site-header"');
    expect(res.body).toContain('<title>Hex bolt &lt;M8&gt; &amp; &quot;nut&quot; — Buttress Roots</title>');
    expect(res.body).toMatch(
      /<meta name="description" content="Hex bolt &lt;M8&gt; [^"]*Stainless steel, A2-70\.[^"]*" data-shell>/,
    );
    expect(res.body).not.toContain('<M8>');
    // The scripts come after the preview's picture.
    expect(res.body).toContain('<script type="module" fetchpriority="low" crossorigin src="/assets/app-abc.js">');
    expect(res.body).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/vendor-abc.js">',
    );
  });

  it('previews in the page’s language', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/zh-CN/products/${productId}`, headers: HTML });
    expect(rootOf(res.body)).toContain('<h1 lang="zh-CN">六角螺栓</h1>');
    expect(rootOf(res.body)).toContain('>首页</a>');
  });

  it('reflects a search only escaped, with the results’ names', async () => {
    const q = '<script>alert(1)</script> bolt';
    const res = await t.app.inject({ method: 'GET', url: `/en/search?q=${encodeURIComponent(q)}`, headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)');
    expect(rootOf(res.body)).toContain('<h1>Results for “&lt;script&gt;alert(1)&lt;/script&gt; bolt”</h1>');
    const plain = await t.app.inject({ method: 'GET', url: '/en/search?q=bolt', headers: HTML });
    expect(rootOf(plain.body)).toContain(`href="/en/products/${productId}"`);
    expect(rootOf(plain.body)).toContain('Hex bolt &lt;M8&gt;');
  });

  it('previews the home page, the guide and a supplier', async () => {
    const home = await t.app.inject({ method: 'GET', url: '/en/', headers: HTML });
    expect(rootOf(home.body)).toContain('<h1>Verified suppliers, global buyers</h1>');
    const guide = await t.app.inject({ method: 'GET', url: '/en/to-be-suppliers', headers: HTML });
    expect(rootOf(guide.body)).toContain('<p class="lead">This guide explains how to become a supplier.</p>');
    const supplier = await t.app.inject({ method: 'GET', url: `/en/suppliers/${supplierId}`, headers: HTML });
    expect(rootOf(supplier.body)).toContain('<span class="badge badge-approved">Authenticated supplier</span>');
    expect(supplier.body).toMatch(/<title>[^<]+ — Buttress Roots<\/title>/);
  });

  it('has no preview for an unknown product or page, and keeps the scripts’ priority then', async () => {
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/en/products/00000000-0000-4000-8000-000000000000',
      headers: HTML,
    });
    expect(rootOf(unknown.body)).toBe('');
    expect(unknown.body).not.toContain('fetchpriority="low"');
    const missing = await t.app.inject({ method: 'GET', url: '/en/no-such-page', headers: HTML });
    expect(missing.statusCode).toBe(404);
    expect(rootOf(missing.body)).toBe('');
  });

  it('forgets a product’s preview when it leaves the shelf', async () => {
    const before = await t.app.inject({ method: 'GET', url: `/en/products/${productId}`, headers: HTML });
    expect(rootOf(before.body)).toContain('Hex bolt');
    await setShelf(t, owner, [productId], false);
    const after = await t.app.inject({ method: 'GET', url: `/en/products/${productId}`, headers: HTML });
    expect(rootOf(after.body)).toBe('');
    const search = await t.app.inject({ method: 'GET', url: '/en/search?q=bolt', headers: HTML });
    expect(rootOf(search.body)).not.toContain('Hex bolt');
  });
});
