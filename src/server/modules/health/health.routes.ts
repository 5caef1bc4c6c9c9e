import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';

/** Liveness (process up) and readiness (database reachable), for load balancers and orchestrators. */
export function healthRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      {
        config: { access: 'public' },
        schema: { hide: true, response: { 200: z.object({ status: z.literal('ok'), uptimeSeconds: z.number() }) } },
      },
      async () => ({ status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) }),
    );

    app.get(
      '/readyz',
      {
        config: { access: 'public' },
        schema: {
          hide: true,
          response: {
            200: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }),
            503: z.object({ status: z.literal('unavailable'), database: z.enum(['pglite', 'postgres']) }),
          },
        },
      },
      async (request, reply) => {
        try {
          await database.ping();
          return { status: 'ready' as const, database: database.kind };
        } catch (error) {
          request.log.warn({ err: error }, 'readiness check failed');
          return reply.status(503).send({ status: 'unavailable' as const, database: database.kind });
        }
      },
    );
  };
}
