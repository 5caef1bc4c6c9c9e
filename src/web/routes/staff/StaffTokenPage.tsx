import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { staffTokenQuerySchema } from '../../../shared/schemas/staff.js';
import { AuthCard } from '../../components/auth/AuthCard.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { StaffAccountForm, type StaffAccountValues } from './StaffAccountForm.js';

interface StaffTokenPageProps<Check extends { valid: boolean }> {
  /** The texts under staffAdmin.<kind> and the test ids <kind>-done / <kind>-invalid. */
  kind: 'setup' | 'invitation';
  check: (token: string) => Promise<Check>;
  /** Whether the checked link can be used now (e.g. an invitation needs its email). */
  usable?: (check: Check) => boolean;
  accept: (token: string, values: StaffAccountValues) => Promise<{ accountName: string }>;
  lead: (check: Check) => ReactNode;
  fixedEmail?: (check: Check) => string | undefined;
}

/**
 * A one-time staff link (the first-start setup link, a staff invitation): the token is checked,
 * then the account form creates the account; an unknown, used or expired link says so.
 */
export function StaffTokenPage<Check extends { valid: boolean }>(props: StaffTokenPageProps<Check>) {
  const { kind } = props;
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const token = useSearchParams()[0].get('token') ?? '';
  const wellFormed = staffTokenQuerySchema.safeParse({ token }).success;
  const check = useQuery({
    queryKey: ['staff-token', kind, token],
    queryFn: () => props.check(token),
    enabled: wellFormed,
    staleTime: Infinity,
    retry: false,
  });
  const [rejected, setRejected] = useState(false);
  const mutation = useMutation({ mutationFn: (values: StaffAccountValues) => props.accept(token, values) });
  usePageTitle(t(`staffAdmin.${kind}.title`));

  let body;
  if (mutation.isSuccess) {
    body = (
      <>
        <FormAlert tone="success" testId={`${kind}-done`}>
          {t(`staffAdmin.${kind}.done`, { accountName: mutation.data.accountName })}
        </FormAlert>
        <Link className="btn btn-primary btn-block" to={href('/login')}>
          {t('terms.login')}
        </Link>
      </>
    );
  } else if (!wellFormed || rejected || check.data?.valid === false || check.isError) {
    // A request from another machine is answered 404 (an error here): the same advice applies.
    body = (
      <FormAlert tone="error" testId={`${kind}-invalid`}>
        {t(`staffAdmin.${kind}.invalid`)}
      </FormAlert>
    );
  } else if (check.isPending || !(props.usable?.(check.data) ?? true)) {
    body = <p role="status">{t('auth.reset.checking')}</p>;
  } else {
    body = (
      <>
        <p className="muted">{props.lead(check.data)}</p>
        <StaffAccountForm
          fixedEmail={props.fixedEmail?.(check.data)}
          submitLabel={t(`staffAdmin.${kind}.submit`)}
          pending={mutation.isPending}
          submit={(values) => mutation.mutateAsync(values)}
          onTokenRejected={() => setRejected(true)}
        />
      </>
    );
  }
  return <AuthCard title={t(`staffAdmin.${kind}.title`)}>{body}</AuthCard>;
}
