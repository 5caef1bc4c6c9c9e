import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { BuyerEntryCard } from './BuyerEntryCard.js';
import { ChangeEmailForm } from './ChangeEmailForm.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { MessagesCard } from './MessagesCard.js';
import { ProfileCard } from './ProfileCard.js';
import { SessionsCard } from './SessionsCard.js';
import { SupplierEntryCard } from './SupplierEntryCard.js';
import { TwoFactorCard } from './TwoFactorCard.js';

/** "Personal Center" (signed-in only; the router wraps it in RequireAuth). */
export function AccountPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const user = useMe().data?.user;
  usePageTitle(t('terms.personalCenter'));
  if (!user) return null;

  return (
    <div className="container account-page" data-testid="personal-center">
      <Breadcrumb items={[{ label: t('terms.home'), to: href('/') }, { label: t('terms.personalCenter') }]} />
      <h1>{t('terms.personalCenter')}</h1>
      <p className="lead">{t('account.welcome', { name: user.accountName })}</p>
      <SupplierEntryCard status={user.supplierStatus} />
      <BuyerEntryCard />
      <div className="account-grid">
        <MessagesCard />
        <ProfileCard user={user} />
        <ChangePasswordForm />
        <ChangeEmailForm currentEmail={user.email} />
        <TwoFactorCard />
        <SessionsCard />
      </div>
    </div>
  );
}
