/**
 * `npm run audit:pages` — what a phone on a slow link gets from the public pages, in four languages
 * (issue 16), measured in Debian's Chromium through Playwright against a running built server:
 *
 *   npm run build && PORT=3480 DATA_DIR=/tmp/fast-pages-data node dist/server/main.js   # demo data on
 *   npm run audit:pages -- [--base=http://127.0.0.1:3480] [--pages=home,product] [--locales=en,zh-CN]
 *                          [--no-throttle] [--system-cjk] [--shifts] [--json]
 *
 * Per page and language it prints CLS (largest session window of layout shifts, as Lighthouse
 * counts it), LCP (time and element), the bytes transferred before any interaction (network idle
 * plus a second), how many font files were fetched, and whether the LCP element is already in the
 * first HTML answer. The phone is a Moto G Power-sized viewport (412×823, DPR 1.75, touch) on
 * Lighthouse's "slow 4G" network (150 ms RTT, 1.6 Mbit/s down) with the CPU slowed 4× — applied for
 * real through DevTools, not simulated, so figures are noisier than Lighthouse's and run longer.
 * It is not Lighthouse: it has no performance score; use it for before/after comparisons.
 */
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { LOCALES } from '../src/shared/locales.js';
import { firstCatalogIds, publicPages } from './audit/catalog-ids.js';
import { systemCjkEnv } from './audit/system-cjk.js';

interface Row {
  page: string;
  locale: string;
  cls: number;
  lcpMs: number;
  lcpElement: string;
  lcpInHtml: boolean;
  transferKB: number;
  requests: number;
  fonts: number;
  fontKB: number;
}

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k = '', v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v] as const;
  }),
);
const base = (args.get('base') ?? process.env.AUDIT_BASE_URL ?? 'http://127.0.0.1:3480').replace(/\/$/, '');
const throttle = !args.has('no-throttle');
const locales = (args.get('locales')?.split(',') ?? [...LOCALES]) as string[];

/** Runs in the page before any script: collects layout shifts and LCP candidates. */
const OBSERVE = `
  window.__audit = { shifts: [], lcp: null };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__audit.shifts.push({ t: e.startTime, v: e.value, who: (e.sources || []).map((s) => s.node ? (s.node.nodeName + '.' + (s.node.className || '') + ' ' + JSON.stringify(s.previousRect) + '→' + JSON.stringify(s.currentRect)) : '?').join(' | ') }); })
    .observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      const el = e.element;
      window.__audit.lcp = {
        t: e.startTime,
        tag: el ? el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') : '?',
        text: el ? (el.tagName === 'IMG' ? el.getAttribute('src') || '' : (el.textContent || '').trim().slice(0, 60)) : '',
      };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

/** Lighthouse counts the largest burst of shifts (gaps < 1 s, at most 5 s long). */
function clsOf(shifts: { t: number; v: number }[]): number {
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.t - last > 1000 || s.t - start > 5000) {
      sum = 0;
      start = s.t;
    }
    sum += s.v;
    last = s.t;
    best = Math.max(best, sum);
  }
  return best;
}

async function audit(browser: Browser, name: string, locale: string, path: string): Promise<Row> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    locale,
  });
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  let bytes = 0;
  let requests = 0;
  let fonts = 0;
  let fontBytes = 0;
  const types = new Map<string, string>();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests += 1;
    if (types.get(e.requestId) === 'Font') {
      fonts += 1;
      fontBytes += e.encodedDataLength;
    }
  });
  await page.addInitScript(OBSERVE);
  const url = `${base}/${locale}${path}`;
  const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  // The body only: the head's title and meta description may repeat the LCP element's text.
  const fullHtml = (await response?.text()) ?? '';
  const html = fullHtml.slice(Math.max(0, fullHtml.indexOf('<body')));
  await page.waitForTimeout(1000);
  const result = (await page.evaluate('window.__audit')) as {
    shifts: { t: number; v: number; who: string }[];
    lcp: { t: number; tag: string; text: string } | null;
  };
  await context.close();
  // --shifts: what moved, for finding the cause of a layout shift.
  if (args.has('shifts')) {
    for (const s of result.shifts) console.log(`  ${name} ${locale} ${Math.round(s.t)} ms ${s.v.toFixed(3)} ${s.who}`);
  }
  const lcpText = result.lcp?.text ?? '';
  const escaped = lcpText.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    page: name,
    locale,
    cls: clsOf(result.shifts),
    lcpMs: Math.round(result.lcp?.t ?? 0),
    lcpElement: `${result.lcp?.tag ?? '-'} "${lcpText.slice(0, 28)}"`,
    lcpInHtml: lcpText.length > 0 && (html.includes(lcpText) || html.includes(escaped)),
    transferKB: Math.round(bytes / 1024),
    requests,
    fonts,
    fontKB: Math.round(fontBytes / 1024),
  };
}

async function main(): Promise<void> {
  const pages = publicPages(await firstCatalogIds(base));
  const only = args.get('pages')?.split(',');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: args.has('system-cjk') ? systemCjkEnv() : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const rows: Row[] = [];
  try {
    for (const [name, path] of pages) {
      if (only && !only.includes(name)) continue;
      for (const locale of locales) rows.push(await audit(browser, name, locale, path));
    }
  } finally {
    await browser.close();
  }
  if (args.has('json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const fonts = args.has('system-cjk') ? ', with a system CJK font' : '';
  console.log(`${base} — ${throttle ? 'slow 4G + 4× CPU' : 'no throttling'}, 412×823 touch, cache off${fonts}`);
  console.log('| page | lang | CLS | LCP ms | LCP element | in HTML | transfer KB | requests | fonts (KB) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.locale} | ${r.cls.toFixed(3)} | ${r.lcpMs} | ${r.lcpElement.replace(/\|/g, '/')} | ${r.lcpInHtml ? 'yes' : 'no'} | ${r.transferKB} | ${r.requests} | ${r.fonts} (${r.fontKB}) |`,
    );
  }
}

await main();
