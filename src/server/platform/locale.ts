import type { FastifyInstance } from 'fastify';
import { LOCALE_COOKIE, resolveLocale, type Locale } from '../../shared/locales.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The visitor's language: cookie, else Accept-Language, else English. */
    locale: Locale;
  }
}

export function installLocale(app: FastifyInstance): void {
  app.decorateRequest('locale', 'en');
  app.addHook('onRequest', async (request) => {
    request.locale = resolveLocale(request.cookies[LOCALE_COOKIE], request.headers['accept-language']);
  });
}
