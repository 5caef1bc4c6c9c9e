import type { FastifyInstance } from 'fastify';
import { isLocale, LOCALE_COOKIE, resolveLocale, type Locale } from '../../shared/locales.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The visitor's language: X-Locale (sent by the web app), cookie, Accept-Language, else English. */
    locale: Locale;
  }
}

export function installLocale(app: FastifyInstance): void {
  app.decorateRequest('locale', 'en');
  app.addHook('onRequest', async (request) => {
    // The web app sends the page's own language (its URL decides); then the cookie, then the browser.
    const explicit = request.headers['x-locale'];
    request.locale = isLocale(explicit)
      ? explicit
      : resolveLocale(request.cookies[LOCALE_COOKIE], request.headers['accept-language']);
  });
}
