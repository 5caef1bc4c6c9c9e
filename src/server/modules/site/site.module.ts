import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import { siteRoutes } from './site.routes.js';

/** What the web app asks first: the site's name, support phone and languages. */
export async function registerSiteModule(app: FastifyInstance, deps: { config: Config }): Promise<void> {
  await app.register(siteRoutes(deps.config));
}
