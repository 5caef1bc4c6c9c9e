import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LOCALES } from '../../../shared/locales.js';
import type { Config } from '../../config.js';

export const siteInfoSchema = z.object({
  name: z.string(),
  supportPhone: z.string(),
  locales: z.array(z.enum(LOCALES)),
  locale: z.enum(LOCALES),
});

/** Facts about the site the web app needs before anything else (header phone, languages). */
export function siteRoutes(config: Pick<Config, 'SUPPORT_PHONE'>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/site',
      {
        config: { access: 'public' },
        schema: { tags: ['site'], summary: 'Site information', response: { 200: siteInfoSchema } },
      },
      async (request) => ({
        name: 'Buttress Roots',
        supportPhone: config.SUPPORT_PHONE,
        locales: [...LOCALES],
        locale: request.locale,
      }),
    );
  };
}
