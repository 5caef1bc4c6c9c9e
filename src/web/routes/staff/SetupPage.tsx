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

/** The first-start setup link the server printed: creates the first administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const token = useSearchParams()[0].get('token') ?? '';
  const wellFormed = staffTokenQuerySchema.safeParse({ token }).success;
  const check = useQuery({
    queryKey: ['staff-setup', token],
    queryFn: () => staffApi.checkSetup(token),
    enabled: wellFormed,
    staleTime: Infinity,
    retry: false,
  });
  const [rejected, setRejected] = useState(false);
  const mutation = useMutation({ mutationFn: staffApi.setup });
  usePageTitle(t('staffAdmin.setup.title'));

  let body;
  if (mutation.isSuccess) {
    body = (
      <>
        <FormAlert tone="success" testId="setup-done">
          {t('staffAdmin.setup.done', { accountName: mutation.data.accountName })}
        </FormAlert>
        <Link className="btn btn-primary btn-block" to={href('/login')}>
          {t('terms.login')}
        </Link>
      </>
    );
  } else if (!wellFormed || rejected || check.data?.valid === false || check.isError) {
    // A request from another machine is answered 404 (an error here): the same advice applies.
    body = (
      <FormAlert tone="error" testId="setup-invalid">
        {t('staffAdmin.setup.invalid')}
      </FormAlert>
    );
  } else if (check.isPending) {
    body = <p role="status">{t('auth.reset.checking')}</p>;
  } else {
    body = (
      <>
        <p className="muted">{t('staffAdmin.setup.lead')}</p>
        <StaffAccountForm
          submitLabel={t('staffAdmin.setup.submit')}
          pending={mutation.isPending}
          submit={(values) => mutation.mutateAsync({ token, ...values })}
          onTokenRejected={() => setRejected(true)}
        />
      </>
    );
  }
  return <AuthCard title={t('staffAdmin.setup.title')}>{body}</AuthCard>;
}
