/** The site module's public surface. */
export { registerSiteModule } from './site.module.js';
