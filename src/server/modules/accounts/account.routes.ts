import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordRequestSchema,
  currentUserSchema,
  emailChangeCodeRequestSchema,
  emailChangeRequestSchema,
  okResponseSchema,
  registerCodeResponseSchema,
  sessionListResponseSchema,
  updateProfileRequestSchema,
} from '../../../shared/schemas/accounts.js';
import type { createAccountService } from './account.service.js';
import { signedIn } from '../../platform/access.js';
import { requestOrigin } from './session-hook.js';

const tags = ['account'];
const userResponse = z.object({ user: currentUserSchema });

/** The personal center's API: every route is for the signed-in user's own account only. */
export function accountRoutes(account: ReturnType<typeof createAccountService>): FastifyPluginAsyncZod {
  return async (app) => {
    app.patch(
      '/api/account',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Update preferences',
          body: updateProfileRequestSchema,
          response: { 200: userResponse },
        },
      },
      async (request) => ({ user: await account.updateProfile(signedIn(request).id, request.body) }),
    );

    app.post(
      '/api/account/password',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Change password (other sessions are signed out)',
          body: changePasswordRequestSchema,
          response: { 200: okResponseSchema },
        },
      },
      async (request) => {
        const user = signedIn(request);
        await account.changePassword(user.id, user.sessionId, request.body);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/account/email/code',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Email a code to the new address',
          body: emailChangeCodeRequestSchema,
          response: { 200: registerCodeResponseSchema },
        },
      },
      async (request) => account.requestEmailChange(signedIn(request).id, request.body, requestOrigin(request)),
    );

    app.post(
      '/api/account/email',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Confirm the new email with its code',
          body: emailChangeRequestSchema,
          response: { 200: userResponse },
        },
      },
      async (request) => ({ user: await account.confirmEmailChange(signedIn(request).id, request.body) }),
    );

    app.get(
      '/api/account/sessions',
      {
        config: { access: 'user' },
        schema: { tags, summary: 'Active sessions', response: { 200: sessionListResponseSchema } },
      },
      async (request) => {
        const user = signedIn(request);
        return { sessions: await account.listSessions(user.id, user.sessionId) };
      },
    );

    app.delete(
      '/api/account/sessions/:id',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Sign a session out',
          params: z.object({ id: z.uuid() }),
          response: { 200: okResponseSchema },
        },
      },
      async (request) => {
        await account.revokeSession(signedIn(request).id, request.params.id);
        return { ok: true as const };
      },
    );
  };
}
