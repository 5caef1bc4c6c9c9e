import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/schemas/accounts.js';
import { useRevokeSession, useSessions } from '../../api/account.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useNow } from '../../hooks/useNow.js';
import { describeUserAgent } from '../../lib/userAgent.js';

const NO_FIELDS = [] as const;

function DeviceName({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const { browser, os } = describeUserAgent(session.userAgent);
  const name =
    browser && os ? t('account.sessions.deviceOn', { browser, os }) : (browser ?? os ?? t('account.sessions.unknown'));
  return <span title={session.userAgent ?? undefined}>{name}</span>;
}

/** Where this account is signed in; any other device can be signed out from here. */
export function SessionsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const form = useFieldErrors(NO_FIELDS);

  let content;
  if (sessions.isPending) content = <p role="status">{t('common.loading')}</p>;
  else if (sessions.isError) content = <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>;
  else
    content = (
      <div className="table-scroll">
        <table className="table" data-testid="sessions">
          <thead>
            <tr>
              <th scope="col">{t('account.sessions.device')}</th>
              <th scope="col">{t('account.sessions.ip')}</th>
              <th scope="col">{t('account.sessions.lastActive')}</th>
              <th scope="col">{t('account.sessions.signedIn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('account.sessions.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.sessions.map((session) => (
              <tr key={session.id} data-testid={session.current ? 'session-current' : 'session'}>
                <td>
                  <DeviceName session={session} />{' '}
                  {session.current ? (
                    <span className="badge badge-current">{t('account.sessions.thisDevice')}</span>
                  ) : null}
                </td>
                <td className="mono">{session.ip ?? t('account.sessions.unknown')}</td>
                <td>
                  <time dateTime={session.lastSeenAt} title={format.dateTime(session.lastSeenAt)}>
                    {format.relative(session.lastSeenAt, now)}
                  </time>
                </td>
                <td>
                  <time dateTime={session.createdAt}>{format.dateTime(session.createdAt)}</time>
                </td>
                <td className="actions">
                  {session.current ? null : (
                    <button
                      type="button"
                      className="btn btn-ghost btn-small"
                      disabled={revoke.isPending && revoke.variables === session.id}
                      onClick={() => revoke.mutate(session.id, { onError: (error) => form.applyApiError(error) })}
                    >
                      {t('account.sessions.signOut')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <section className="card sessions-card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.sessions.title')}</h2>
      <p className="muted">{t('account.sessions.lead')}</p>
      {form.formError ? <FormAlert tone="error">{form.formError}</FormAlert> : null}
      {content}
    </section>
  );
}
