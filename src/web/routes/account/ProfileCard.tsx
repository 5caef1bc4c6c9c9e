import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../shared/schemas/accounts.js';
import { useFormat } from '../../hooks/useFormat.js';
import { LanguagePreferenceForm } from './LanguagePreferenceForm.js';

/** Who is signed in: account name, email, member since; and the language used for emails. */
export function ProfileCard({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('account.profile.title')}</h2>
      <dl className="facts" data-testid="profile">
        <div>
          <dt>{t('auth.fields.accountName')}</dt>
          <dd data-testid="profile-account-name">{user.accountName}</dd>
        </div>
        <div>
          <dt>{t('auth.fields.email')}</dt>
          <dd data-testid="profile-email">{user.email}</dd>
        </div>
        <div>
          <dt>{t('account.profile.memberSince')}</dt>
          <dd>
            <time dateTime={user.createdAt}>{format.date(user.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <LanguagePreferenceForm current={user.locale} />
    </section>
  );
}
