import type { Locale } from '../../../shared/locales.js';
import { isLocale } from '../../../shared/locales.js';
import type { PendingInvitation, StaffMember, StaffRoleName } from '../../../shared/schemas/staff.js';
import { writeAudit } from '../../platform/audit.js';
import { addMinutes } from '../../platform/clock.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { AppError, notFound } from '../../platform/errors.js';
import { translate } from '../../platform/i18n/translate.js';
import type { AccountsDeps, RequestOrigin } from './accounts.deps.js';
import { emailTaken, findUserById } from './accounts.repo.js';
import { assertPasswordAcceptable, hashPassword } from './passwords.js';
import { revokeUserSessions } from './session.repo.js';
import {
  findLiveStaffToken,
  findStaffMember,
  insertStaffToken,
  listStaff,
  lockStaffRoles,
  pendingInvitations,
  replaceStaffRoles,
  revokeInvitation,
  setStaffDisabled,
  setStaffTokenUser,
  useStaffToken,
} from './staff-admin.repo.js';
import { insertStaffUser } from './staff.js';

/** How long an invitation link lives. */
export const INVITATION_DAYS = 7;

const STAFF_ROLE_SET = new Set<string>(['admin', 'reviewer']);
const staffRolesOf = (roles: readonly string[]) => roles.filter((r): r is StaffRoleName => STAFF_ROLE_SET.has(r));

export const invitationInvalid = () =>
  new AppError('VALIDATION_FAILED', 'The invitation is invalid, used or expired', [
    { path: 'token', code: 'token_invalid' },
  ]);
const lastAdmin = () =>
  new AppError('CONFLICT', 'The platform must keep at least one active administrator', [
    { path: 'roles', code: 'last_admin' },
  ]);

type StaffRow = Awaited<ReturnType<typeof listStaff>>[number];
const toMember = (row: StaffRow): StaffMember => ({
  id: row.id,
  accountName: row.accountName,
  email: row.email,
  roles: staffRolesOf(row.roles),
  disabled: row.disabledAt !== null,
  lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  twoFactorEnabled: row.totpConfirmedAt !== null,
  version: row.version,
});

/**
 * The admins' Staff page: invitations (mailed through the outbox), role changes and
 * disable/enable. Every change of who is staff runs under lockStaffRoles, and the "last admin"
 * rule is part of the changing UPDATE itself; each change writes an audit entry in its transaction.
 */
export function createStaffAdminService(deps: AccountsDeps) {
  const { db, clock, mailer, publicUrl } = deps;

  const member = async (id: string): Promise<StaffMember> => {
    const [row] = await listStaff(db, id);
    if (!row) throw notFound('Staff member');
    return toMember(row);
  };

  return {
    async list(): Promise<{ staff: StaffMember[]; invitations: PendingInvitation[] }> {
      const [rows, invitations] = [await listStaff(db), await pendingInvitations(db, clock.now())];
      return {
        staff: rows.map(toMember),
        invitations: invitations.map((i) => ({
          id: i.id,
          email: i.email ?? '',
          role: i.role === 'admin' ? 'admin' : 'reviewer',
          expiresAt: i.expiresAt.toISOString(),
        })),
      };
    },

    async invite(
      actorId: string,
      input: { email: string; role: StaffRoleName; locale?: Locale },
      origin: RequestOrigin,
    ): Promise<PendingInvitation> {
      const now = clock.now();
      if (await emailTaken(db, input.email)) {
        throw new AppError('CONFLICT', 'This email is already registered', [{ path: 'email', code: 'email_taken' }]);
      }
      const actor = await findUserById(db, actorId);
      const locale: Locale = input.locale ?? (isLocale(actor?.locale) ? actor.locale : 'en');
      const token = randomToken(32);
      const expiresAt = addMinutes(now, INVITATION_DAYS * 24 * 60);
      return db.transaction(async (tx) => {
        const row = await insertStaffToken(tx, {
          purpose: 'invitation',
          tokenHash: sha256(token),
          email: input.email,
          role: input.role,
          locale,
          createdBy: actorId,
          createdAt: now,
          expiresAt,
        });
        await mailer.enqueue(tx, {
          to: input.email,
          locale,
          template: 'staffInvitation',
          params: {
            inviter: actor?.accountName ?? 'Buttress Roots',
            role: translate(locale, `mail.staffRoles.${input.role}`),
            link: `${publicUrl}/${locale}/staff-invitation?token=${encodeURIComponent(token)}`,
            days: INVITATION_DAYS,
          },
        });
        await writeAudit(tx, {
          actorId,
          action: 'staff.invited',
          entityType: 'staff_invitation',
          entityId: row.id,
          ip: origin.ip,
          details: { email: input.email, role: input.role },
        });
        return { id: row.id, email: input.email, role: input.role, expiresAt: expiresAt.toISOString() };
      });
    },

    async revokeInvitation(actorId: string, id: string, origin: RequestOrigin): Promise<void> {
      await db.transaction(async (tx) => {
        if (!(await revokeInvitation(tx, id, clock.now()))) throw notFound('Invitation');
        await writeAudit(tx, {
          actorId,
          action: 'staff.invitation_revoked',
          entityType: 'staff_invitation',
          entityId: id,
          ip: origin.ip,
        });
      });
    },

    async invitationStatus(token: string): Promise<{ valid: boolean; email?: string; role?: StaffRoleName }> {
      const row = await findLiveStaffToken(db, 'invitation', sha256(token), clock.now());
      if (!row?.email) return { valid: false };
      return { valid: true, email: row.email, role: row.role === 'admin' ? 'admin' : 'reviewer' };
    },

    /** The invitee's account: the invited address and role, their name and password. */
    async acceptInvitation(
      input: { token: string; accountName: string; password: string },
      origin: RequestOrigin,
    ): Promise<{ accountName: string }> {
      const preview = await findLiveStaffToken(db, 'invitation', sha256(input.token), clock.now());
      if (!preview?.email) throw invitationInvalid();
      assertPasswordAcceptable(input.password, 'password', { accountName: input.accountName, email: preview.email });
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        await lockStaffRoles(tx);
        const token = await useStaffToken(tx, 'invitation', sha256(input.token), clock.now());
        if (!token?.email) throw invitationInvalid();
        const user = await insertStaffUser(tx, {
          accountName: input.accountName,
          email: token.email,
          passwordHash,
          role: token.role === 'admin' ? 'admin' : 'reviewer',
          ...(token.locale ? { locale: token.locale } : {}),
        });
        await setStaffTokenUser(tx, token.id, user.id);
        await writeAudit(tx, {
          actorId: user.id,
          action: 'staff.invitation_accepted',
          entityType: 'user',
          entityId: user.id,
          ip: origin.ip,
          details: { invitationId: token.id, role: token.role, invitedBy: token.createdBy },
        });
        return { accountName: input.accountName };
      });
    },

    async setRoles(actorId: string, id: string, roles: StaffRoleName[], origin: RequestOrigin): Promise<StaffMember> {
      const wanted = [...new Set(roles)].sort();
      await db.transaction(async (tx) => {
        await lockStaffRoles(tx);
        const before = await findStaffMember(tx, id);
        if (!before) throw notFound('Staff member');
        const after = await replaceStaffRoles(tx, id, wanted, clock.now());
        if (!after) throw lastAdmin();
        await writeAudit(tx, {
          actorId,
          action: 'staff.roles_changed',
          entityType: 'user',
          entityId: id,
          ip: origin.ip,
          details: { before: staffRolesOf(before.roles).sort(), after: wanted },
        });
      });
      deps.sessions.forgetUser(id);
      return member(id);
    },

    /** Disabling ends the account's sessions at once (and the session lookup refuses them anyway). */
    async setDisabled(actorId: string, id: string, disabled: boolean, origin: RequestOrigin): Promise<StaffMember> {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await lockStaffRoles(tx);
        const before = await findStaffMember(tx, id);
        if (!before) throw notFound('Staff member');
        if (!(await setStaffDisabled(tx, id, disabled, now))) throw lastAdmin();
        if (disabled) await revokeUserSessions(tx, id, now);
        await writeAudit(tx, {
          actorId,
          action: disabled ? 'staff.disabled' : 'staff.enabled',
          entityType: 'user',
          entityId: id,
          ip: origin.ip,
          details: { wasDisabled: before.disabledAt !== null },
        });
      });
      deps.sessions.forgetUser(id);
      return member(id);
    },
  };
}
