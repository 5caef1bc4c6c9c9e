import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client.js';
import { healthRoutes } from './health.routes.js';

/** /healthz and /readyz; the only module that sees the Database (to ping it), not just its Db. */
export async function registerHealthModule(app: FastifyInstance, deps: { database: Database }): Promise<void> {
  await app.register(healthRoutes(deps.database));
}
