/**
 * Staff management (issue 15): the first-start setup link, the admins' Staff page (invitations,
 * roles, disable/enable) and the Audit log page.
 */
import { z } from 'zod';
import { LOCALES } from '../locales.js';
import { accountNameSchema, emailSchema, passwordSchema } from './accounts.js';
import { safeText } from './text.js';

export const STAFF_ROLE_NAMES = ['admin', 'reviewer'] as const;
export type StaffRoleName = (typeof STAFF_ROLE_NAMES)[number];

/** A one-time link's token (setup or invitation), as it arrives in the URL. */
export const staffTokenSchema = safeText().min(20).max(200);
export const staffTokenQuerySchema = z.object({ token: staffTokenSchema });
export const staffTokenStatusSchema = z.object({ valid: z.boolean() });

/** The setup page: creates the first admin. */
export const setupAdminRequestSchema = z.object({
  token: staffTokenSchema,
  accountName: accountNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

/** The invitation page: the invited address is fixed; the invitee chooses name and password. */
export const invitationStatusSchema = z.object({
  valid: z.boolean(),
  email: z.string().optional(),
  role: z.enum(STAFF_ROLE_NAMES).optional(),
});
export const acceptInvitationRequestSchema = z.object({
  token: staffTokenSchema,
  accountName: accountNameSchema,
  password: passwordSchema,
});
export const createdAccountSchema = z.object({ accountName: z.string() });

export const staffMemberSchema = z.object({
  id: z.uuid(),
  accountName: z.string(),
  email: z.string(),
  roles: z.array(z.enum(STAFF_ROLE_NAMES)),
  disabled: z.boolean(),
  lastSignInAt: z.string().nullable(),
  twoFactorEnabled: z.boolean(),
  version: z.number().int(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const pendingInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(STAFF_ROLE_NAMES),
  expiresAt: z.string(),
});
export type PendingInvitation = z.infer<typeof pendingInvitationSchema>;

export const staffListSchema = z.object({
  staff: z.array(staffMemberSchema),
  invitations: z.array(pendingInvitationSchema),
});

export const inviteStaffRequestSchema = z.object({
  email: emailSchema,
  role: z.enum(STAFF_ROLE_NAMES),
  locale: z.enum(LOCALES).optional(),
});
export const setStaffRolesRequestSchema = z.object({
  roles: z.array(z.enum(STAFF_ROLE_NAMES)).min(1).max(2),
});
export const setStaffDisabledRequestSchema = z.object({ disabled: z.boolean() });
export const staffIdParamsSchema = z.object({ id: z.uuid() });

/** Audit log filters: every one optional; dates are whole days (UTC), inclusive. */
export const auditQuerySchema = z.object({
  actor: safeText().trim().max(100).optional(),
  action: safeText().trim().max(100).optional(),
  entityType: safeText().trim().max(50).optional(),
  entityId: safeText().trim().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export const AUDIT_PAGE_SIZE = 50;

export const auditEntrySchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
