import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createdAccountSchema,
  setupAdminRequestSchema,
  staffTokenQuerySchema,
  staffTokenStatusSchema,
} from '../../../shared/schemas/staff.js';
import { jsonNotFound } from '../../platform/error-handler.js';
import { isLoopbackRequest } from '../../platform/mail/dev-mailbox.routes.js';
import { requestOrigin } from './session-hook.js';
import type { createStaffSetupService } from './staff-setup.service.js';

export interface StaffSetupRouteDeps {
  setup: ReturnType<typeof createStaffSetupService>;
  /**
   * PUBLIC_URL is configured: the operator reaches the server through it (the CSRF guard holds
   * writes to that origin). Without it the setup answers this machine only.
   */
  reachableRemotely: boolean;
}

const tags = ['staff'];

/** The first-start setup link: check it, create the first admin with it. */
export function staffSetupRoutes(deps: StaffSetupRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // Without PUBLIC_URL, anyone else gets 404, as if the route did not exist.
    app.addHook('onRequest', async (request, reply) => {
      if (!deps.reachableRemotely && !isLoopbackRequest(request.raw)) return jsonNotFound(request, reply);
    });

    app.get(
      '/api/staff-setup',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Is the setup link (first admin) still valid?',
          querystring: staffTokenQuerySchema,
          response: { 200: staffTokenStatusSchema },
        },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return { valid: await deps.setup.isValid(request.query.token) };
      },
    );

    app.post(
      '/api/staff-setup',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Create the first admin with the setup link',
          body: setupAdminRequestSchema,
          response: { 201: createdAccountSchema },
        },
      },
      async (request, reply) => {
        const created = await deps.setup.createFirstAdmin(request.body, requestOrigin(request));
        return reply.status(201).send({ accountName: created.accountName });
      },
    );
  };
}
