import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  disableTwoFactorRequestSchema,
  loginSecondFactorRequestSchema,
  meResponseSchema,
  okResponseSchema,
  recoveryCodesResponseSchema,
  twoFactorCodeRequestSchema,
  twoFactorEnrolmentSchema,
  twoFactorStatusSchema,
} from '../../../shared/schemas/accounts.js';
import { signedIn } from '../../platform/access.js';
import { requestOrigin, sessionToken, setSessionCookie } from './session-hook.js';
import type { createAuthService } from './auth.service.js';
import type { createTwoFactorService } from './two-factor.service.js';

interface TwoFactorRouteDeps {
  secureCookies: boolean;
  auth: Pick<ReturnType<typeof createAuthService>, 'endSession'>;
  twoFactor: ReturnType<typeof createTwoFactorService>;
}

const tags = ['two-factor'];

/** TOTP two-factor authentication: the login's second step, re-authentication, the personal center card. */
export function twoFactorRoutes(deps: TwoFactorRouteDeps): FastifyPluginAsyncZod {
  const { twoFactor } = deps;
  return async (app) => {
    app.post(
      '/api/auth/login/second-factor',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Finish a login with an authenticator or recovery code',
          body: loginSecondFactorRequestSchema,
          response: { 200: meResponseSchema },
        },
      },
      async (request, reply) => {
        const old = sessionToken(request, deps.secureCookies);
        const { session, user } = await twoFactor.completeLogin(request.body, requestOrigin(request));
        if (old) await deps.auth.endSession(old);
        setSessionCookie(reply, session, deps.secureCookies);
        return { user };
      },
    );

    app.post(
      '/api/auth/reauthenticate',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Prove the second factor again (before sensitive staff actions)',
          body: twoFactorCodeRequestSchema,
          response: { 200: okResponseSchema },
        },
      },
      async (request) => {
        const user = signedIn(request);
        await twoFactor.reauthenticate(user.id, user.sessionId, request.body.code, requestOrigin(request));
        return { ok: true as const };
      },
    );

    app.get(
      '/api/account/two-factor',
      {
        config: { access: 'user' },
        schema: { tags, summary: 'Two-factor authentication status', response: { 200: twoFactorStatusSchema } },
      },
      async (request) => {
        return twoFactor.status(signedIn(request).id);
      },
    );

    app.post(
      '/api/account/two-factor/enrolment',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Start enrolment: a new secret and its QR code',
          response: { 200: twoFactorEnrolmentSchema },
        },
      },
      async (request) => {
        return twoFactor.startEnrolment(signedIn(request).id);
      },
    );

    app.post(
      '/api/account/two-factor/enrolment/confirm',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Confirm enrolment with a code; answers the recovery codes (shown once)',
          body: twoFactorCodeRequestSchema,
          response: { 200: recoveryCodesResponseSchema },
        },
      },
      async (request) => {
        const user = signedIn(request);
        return twoFactor.confirmEnrolment(user.id, user.sessionId, request.body.code, requestOrigin(request));
      },
    );

    app.post(
      '/api/account/two-factor/recovery-codes',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Replace the recovery codes (shown once)',
          body: twoFactorCodeRequestSchema,
          response: { 200: recoveryCodesResponseSchema },
        },
      },
      async (request) => {
        return twoFactor.regenerateRecoveryCodes(signedIn(request).id, request.body.code, requestOrigin(request));
      },
    );

    app.post(
      '/api/account/two-factor/disable',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Turn two-factor authentication off (not for staff)',
          body: disableTwoFactorRequestSchema,
          response: { 200: okResponseSchema },
        },
      },
      async (request) => {
        await twoFactor.disable(signedIn(request).id, request.body, requestOrigin(request));
        return { ok: true as const };
      },
    );
  };
}
