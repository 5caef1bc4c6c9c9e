/** The health module's public surface. */
export { registerHealthModule } from './health.module.js';
