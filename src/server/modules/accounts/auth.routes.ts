import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import {
  availabilityQuerySchema,
  availabilityResponseSchema,
  forgotPasswordRequestSchema,
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  okResponseSchema,
  registerCodeRequestSchema,
  registerCodeResponseSchema,
  registerRequestSchema,
  registerResponseSchema,
  resetPasswordRequestSchema,
  resetTokenQuerySchema,
  resetTokenResponseSchema,
} from '../../../shared/schemas/accounts.js';
import type { createAccountService } from './account.service.js';
import type { createAuthService } from './auth.service.js';
import type { createRegistrationService } from './registration.service.js';
import { clearSessionCookie, requestOrigin, sessionToken, setSessionCookie } from './session-hook.js';

interface AuthRouteDeps {
  secureCookies: boolean;
  registration: ReturnType<typeof createRegistrationService>;
  auth: ReturnType<typeof createAuthService>;
  account: ReturnType<typeof createAccountService>;
}

const tags = ['auth'];

/** Register, Login, Forgot the password (guide 1.1–1.4). */
export function authRoutes(deps: AuthRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/register/code',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Email a registration code',
          body: registerCodeRequestSchema,
          response: { 200: registerCodeResponseSchema },
        },
      },
      async (request) =>
        deps.registration.sendCode({ ...request.body, locale: request.locale }, requestOrigin(request)),
    );

    app.get(
      '/api/auth/account-name',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Is an account name free?',
          querystring: availabilityQuerySchema,
          response: { 200: availabilityResponseSchema },
        },
      },
      async (request) => ({
        available: await deps.registration.isAccountNameAvailable(request.query.accountName, requestOrigin(request)),
      }),
    );

    app.post(
      '/api/auth/register',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Create an account',
          body: registerRequestSchema,
          response: { 201: registerResponseSchema },
        },
      },
      async (request, reply) => {
        const result = await deps.registration.register(request.body, request.locale, requestOrigin(request));
        return reply.status(201).send(result);
      },
    );

    app.post(
      '/api/auth/login',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Log in with account name or email',
          body: loginRequestSchema,
          response: { 200: loginResponseSchema },
        },
      },
      async (request, reply) => {
        const old = sessionToken(request, deps.secureCookies);
        const result = await deps.auth.login(request.body, requestOrigin(request));
        // A new token at every login; the previous one (if any) stops working.
        if (old) await deps.auth.endSession(old);
        if ('secondFactor' in result) {
          clearSessionCookie(reply, deps.secureCookies);
          return { user: null, secondFactor: result.secondFactor };
        }
        setSessionCookie(reply, result.session, deps.secureCookies);
        return { user: result.user };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Log out (revokes the session)', response: { 200: okResponseSchema } },
      },
      async (request, reply) => {
        const token = sessionToken(request, deps.secureCookies);
        if (token) await deps.auth.endSession(token);
        clearSessionCookie(reply, deps.secureCookies);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'The signed-in user, or null', response: { 200: meResponseSchema } },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return { user: request.user ? await deps.account.me(request.user.id) : null };
      },
    );

    app.post(
      '/api/auth/password/forgot',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Email a reset link (same answer for any address)',
          body: forgotPasswordRequestSchema,
          response: { 202: okResponseSchema },
        },
      },
      async (request, reply) => {
        await deps.auth.forgotPassword(request.body.email, requestOrigin(request));
        return reply.status(202).send({ ok: true as const });
      },
    );

    app.get(
      '/api/auth/password/reset',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Is a reset link still valid?',
          querystring: resetTokenQuerySchema,
          response: { 200: resetTokenResponseSchema },
        },
      },
      async (request) => ({ valid: await deps.auth.isResetTokenValid(request.query.token) }),
    );

    app.post(
      '/api/auth/password/reset',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Set a new password with a reset link',
          body: resetPasswordRequestSchema,
          response: { 200: okResponseSchema },
        },
      },
      async (request, reply) => {
        await deps.auth.resetPassword(request.body);
        clearSessionCookie(reply, deps.secureCookies);
        return { ok: true as const };
      },
    );
  };
}
