import type { Page, Request } from '@playwright/test';

/**
 * Makes a race certain: requests matching `matches` reach the server at once, but their answers
 * are held back until `release()` — "the server answered late". `sent` resolves when the first
 * such request has gone out (and been handled by the server).
 */
export async function holdAnswers(page: Page, matches: (request: Request) => boolean) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let sent!: () => void;
  const wasSent = new Promise<void>((resolve) => (sent = resolve));
  await page.route(
    (url) => url.pathname.startsWith('/api/'),
    async (route) => {
      if (!matches(route.request())) return route.fallback();
      const response = await route.fetch();
      sent();
      await released;
      await route.fulfill({ response });
    },
  );
  return { sent: wasSent, release };
}

/** Holds back files under /assets/ whose name starts with `prefix` (a page's lazy chunk) until `release()`. */
export async function holdChunk(page: Page, prefix: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.startsWith(`/assets/${prefix}-`),
    async (route) => {
      await released;
      await route.fallback();
    },
  );
  return { release };
}
