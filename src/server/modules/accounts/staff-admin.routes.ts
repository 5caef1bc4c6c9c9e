import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okResponseSchema } from '../../../shared/schemas/accounts.js';
import {
  acceptInvitationRequestSchema,
  createdAccountSchema,
  invitationStatusSchema,
  inviteStaffRequestSchema,
  pendingInvitationSchema,
  setStaffDisabledRequestSchema,
  setStaffRolesRequestSchema,
  staffIdParamsSchema,
  staffListSchema,
  staffMemberSchema,
  staffTokenQuerySchema,
} from '../../../shared/schemas/staff.js';
import { signedIn } from '../../platform/access.js';
import { requestOrigin } from './session-hook.js';
import type { createStaffAdminService } from './staff-admin.service.js';

const tags = ['staff'];

/** The admins' Staff page, and the invitation link its mails carry. */
export function staffAdminRoutes(staff: ReturnType<typeof createStaffAdminService>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/staff',
      {
        config: { access: 'admin' },
        schema: { tags, summary: 'Staff accounts and pending invitations', response: { 200: staffListSchema } },
      },
      async () => staff.list(),
    );

    app.post(
      '/api/admin/staff/invitations',
      {
        config: { access: 'admin', freshSecondFactor: true },
        schema: {
          tags,
          summary: 'Invite a member of staff by email',
          body: inviteStaffRequestSchema,
          response: { 201: pendingInvitationSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await staff.invite(signedIn(request).id, request.body, requestOrigin(request))),
    );

    app.post(
      '/api/admin/staff/invitations/:id/revoke',
      {
        config: { access: 'admin', freshSecondFactor: true },
        schema: {
          tags,
          summary: 'Withdraw a pending invitation',
          params: staffIdParamsSchema,
          response: { 200: okResponseSchema },
        },
      },
      async (request) => {
        await staff.revokeInvitation(signedIn(request).id, request.params.id, requestOrigin(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/admin/staff/:id/roles',
      {
        config: { access: 'admin', freshSecondFactor: true },
        schema: {
          tags,
          summary: "Replace a staff member's roles (the last active admin keeps 'admin')",
          params: staffIdParamsSchema,
          body: setStaffRolesRequestSchema,
          response: { 200: staffMemberSchema },
        },
      },
      async (request) =>
        staff.setRoles(signedIn(request).id, request.params.id, request.body.roles, requestOrigin(request)),
    );

    app.post(
      '/api/admin/staff/:id/disabled',
      {
        config: { access: 'admin', freshSecondFactor: true },
        schema: {
          tags,
          summary: 'Disable (sessions end at once) or enable a staff account',
          params: staffIdParamsSchema,
          body: setStaffDisabledRequestSchema,
          response: { 200: staffMemberSchema },
        },
      },
      async (request) =>
        staff.setDisabled(signedIn(request).id, request.params.id, request.body.disabled, requestOrigin(request)),
    );

    app.get(
      '/api/staff-invitations',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Is a staff invitation still valid (and for which address and role)?',
          querystring: staffTokenQuerySchema,
          response: { 200: invitationStatusSchema },
        },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return staff.invitationStatus(request.query.token);
      },
    );

    app.post(
      '/api/staff-invitations',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Accept a staff invitation: account name and password',
          body: acceptInvitationRequestSchema,
          response: { 201: createdAccountSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await staff.acceptInvitation(request.body, requestOrigin(request))),
    );
  };
}
