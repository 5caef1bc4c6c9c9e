import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emailSchema } from '../../../shared/schemas/accounts.js';
import { STAFF_ROLE_NAMES, type StaffRoleName } from '../../../shared/schemas/staff.js';
import { useMe } from '../../api/auth.js';
import { staffApi, useStaffList, type StaffMember } from '../../api/staff.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { ReauthDialog } from '../../components/review/ReauthDialog.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { useSensitiveAction } from './useSensitiveAction.js';

/** Admins: staff accounts (roles, status, last sign-in), invitations, disable/enable. */
export function StaffPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const locale = useLocale();
  const me = useMe().data?.user;
  const query = useStaffList();
  const client = useQueryClient();
  const action = useSensitiveAction();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRoleName>('reviewer');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [sent, setSent] = useState<string | null>(null);
  usePageTitle(t('staffAdmin.staff.title'));

  const refresh = () => void client.invalidateQueries({ queryKey: ['admin-staff'] });
  const onInvite = (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const address = email.trim();
    if (!emailSchema.safeParse(address).success) {
      setEmailError(t('validation.email_invalid'));
      return;
    }
    setEmailError(undefined);
    action.run(
      () => staffApi.invite({ email: address, role, locale }),
      () => {
        setSent(address);
        setEmail('');
        refresh();
      },
    );
  };

  return (
    <div className="container" data-testid="staff-page">
      <h1>{t('staffAdmin.staff.title')}</h1>
      <p className="lead-small">{t('staffAdmin.staff.lead')}</p>
      <ReauthDialog open={action.awaitingReauth} onCancel={action.cancelReauth} onConfirmed={action.confirmed} />
      {action.problem ? (
        <FormAlert tone="error" testId="staff-problem">
          {action.problem}
        </FormAlert>
      ) : null}

      <section className="card" aria-labelledby="staff-invite-title">
        <h2 id="staff-invite-title">{t('staffAdmin.staff.inviteTitle')}</h2>
        {sent ? (
          <FormAlert tone="success" testId="staff-invited">
            {t('staffAdmin.staff.invited', { email: sent })}
          </FormAlert>
        ) : null}
        <form className="form" onSubmit={onInvite} noValidate data-testid="staff-invite-form">
          <FormField
            label={t('staffAdmin.staff.email')}
            name="inviteEmail"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={emailError}
          />
          <SelectField
            label={t('staffAdmin.staff.role')}
            name="inviteRole"
            value={role}
            onChange={(e) => setRole(e.target.value === 'admin' ? 'admin' : 'reviewer')}
            options={STAFF_ROLE_NAMES.map((r) => ({ value: r, label: t(`staffAdmin.roles.${r}`) }))}
          />
          <button type="submit" className="btn btn-primary" disabled={action.busy}>
            {t('staffAdmin.staff.invite')}
          </button>
        </form>
      </section>

      {query.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
      {query.data ? (
        <>
          <div className="table-scroll">
            <table className="table" data-testid="staff-table">
              <thead>
                <tr>
                  <th scope="col">{t('staffAdmin.staff.account')}</th>
                  <th scope="col">{t('staffAdmin.staff.roles')}</th>
                  <th scope="col">{t('staffAdmin.staff.status')}</th>
                  <th scope="col">{t('staffAdmin.staff.lastSignIn')}</th>
                  <th scope="col">{t('staffAdmin.staff.twoFactor')}</th>
                  <th scope="col">{t('staffAdmin.staff.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.staff.map((member) => (
                  <StaffRow
                    key={`${member.id}:${member.version}`}
                    member={member}
                    isMe={member.id === me?.id}
                    lastSignIn={
                      member.lastSignInAt ? format.dateTime(member.lastSignInAt) : t('staffAdmin.staff.never')
                    }
                    busy={action.busy}
                    onRoles={(roles) => action.run(() => staffApi.setRoles(member.id, roles), refresh)}
                    onDisabled={(disabled) => action.run(() => staffApi.setDisabled(member.id, disabled), refresh)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {query.data.staff.length === 0 ? <p className="muted">{t('staffAdmin.staff.empty')}</p> : null}

          <h2>{t('staffAdmin.staff.pendingTitle')}</h2>
          {query.data.invitations.length === 0 ? (
            <p className="muted">{t('staffAdmin.staff.pendingNone')}</p>
          ) : (
            <ul className="plain-list" data-testid="staff-invitations">
              {query.data.invitations.map((invitation) => (
                <li key={invitation.id}>
                  {invitation.email} · {t(`staffAdmin.roles.${invitation.role}`)} · {t('staffAdmin.staff.expires')}{' '}
                  {format.dateTime(invitation.expiresAt)}{' '}
                  <button
                    type="button"
                    className="btn btn-ghost"
                    disabled={action.busy}
                    onClick={() => action.run(() => staffApi.revokeInvitation(invitation.id), refresh)}
                  >
                    {t('staffAdmin.staff.revoke')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}

function StaffRow({
  member,
  isMe,
  lastSignIn,
  busy,
  onRoles,
  onDisabled,
}: {
  member: StaffMember;
  isMe: boolean;
  lastSignIn: string;
  busy: boolean;
  onRoles: (roles: StaffRoleName[]) => void;
  onDisabled: (disabled: boolean) => void;
}) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<StaffRoleName[]>(member.roles);
  const changed = [...roles].sort().join() !== [...member.roles].sort().join();
  const toggle = (role: StaffRoleName, on: boolean) =>
    setRoles((current) => (on ? [...current, role] : current.filter((r) => r !== role)));
  return (
    <tr data-testid={`staff-row-${member.accountName}`}>
      <th scope="row">
        {member.accountName} {isMe ? t('staffAdmin.staff.you') : null}
        <br />
        <span className="muted">{member.email}</span>
      </th>
      <td>
        {STAFF_ROLE_NAMES.map((role) => (
          <label key={role} className="checkbox-inline">
            <input
              type="checkbox"
              name={`role-${role}`}
              checked={roles.includes(role)}
              onChange={(e) => toggle(role, e.target.checked)}
            />{' '}
            {t(`staffAdmin.roles.${role}`)}
          </label>
        ))}
        {changed ? (
          <button
            type="button"
            className="btn btn-ghost"
            disabled={busy || roles.length === 0}
            title={roles.length === 0 ? t('staffAdmin.staff.noRole') : undefined}
            onClick={() => onRoles(roles)}
          >
            {t('staffAdmin.staff.saveRoles')}
          </button>
        ) : null}
      </td>
      <td>{member.disabled ? t('staffAdmin.staff.disabled') : t('staffAdmin.staff.active')}</td>
      <td>{lastSignIn}</td>
      <td>{member.twoFactorEnabled ? t('staffAdmin.staff.on') : t('staffAdmin.staff.off')}</td>
      <td>
        <button type="button" className="btn btn-ghost" disabled={busy} onClick={() => onDisabled(!member.disabled)}>
          {member.disabled ? t('staffAdmin.staff.enable') : t('staffAdmin.staff.disable')}
        </button>
      </td>
    </tr>
  );
}
