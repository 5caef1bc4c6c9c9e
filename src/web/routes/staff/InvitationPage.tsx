import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { staffTokenQuerySchema } from '../../../shared/schemas/staff.js';
import { staffApi } from '../../api/staff.js';
import { AuthCard } from '../../components/auth/AuthCard.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { StaffAccountForm } from './StaffAccountForm.js';

/** The link in a staff invitation mail: choose an account name and a password. */
export function InvitationPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const token = useSearchParams()[0].get('token') ?? '';
  const wellFormed = staffTokenQuerySchema.safeParse({ token }).success;
  const check = useQuery({
    queryKey: ['staff-invitation', token],
    queryFn: () => staffApi.checkInvitation(token),
    enabled: wellFormed,
    staleTime: Infinity,
    retry: false,
  });
  const [rejected, setRejected] = useState(false);
  const mutation = useMutation({ mutationFn: staffApi.acceptInvitation });
  usePageTitle(t('staffAdmin.invitation.title'));

  let body;
  if (mutation.isSuccess) {
    body = (
      <>
        <FormAlert tone="success" testId="invitation-done">
          {t('staffAdmin.invitation.done', { accountName: mutation.data.accountName })}
        </FormAlert>
        <Link className="btn btn-primary btn-block" to={href('/login')}>
          {t('terms.login')}
        </Link>
      </>
    );
  } else if (!wellFormed || rejected || check.data?.valid === false || check.isError) {
    body = (
      <FormAlert tone="error" testId="invitation-invalid">
        {t('staffAdmin.invitation.invalid')}
      </FormAlert>
    );
  } else if (check.isPending || !check.data.email) {
    body = <p role="status">{t('auth.reset.checking')}</p>;
  } else {
    body = (
      <>
        <p className="muted">
          {t('staffAdmin.invitation.lead', { role: t(`staffAdmin.roles.${check.data.role ?? 'reviewer'}`) })}
        </p>
        <StaffAccountForm
          fixedEmail={check.data.email}
          submitLabel={t('staffAdmin.invitation.submit')}
          pending={mutation.isPending}
          submit={(values) =>
            mutation.mutateAsync({ token, accountName: values.accountName, password: values.password })
          }
          onTokenRejected={() => setRejected(true)}
        />
      </>
    );
  }
  return <AuthCard title={t('staffAdmin.invitation.title')}>{body}</AuthCard>;
}
