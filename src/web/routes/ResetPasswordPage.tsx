import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RESET_TTL_MINUTES, resetTokenQuerySchema } from '../../shared/schemas/accounts.js';
import { authApi, useResetPassword } from '../api/auth.js';
import { AuthCard, FormProblem } from '../components/auth/AuthCard.js';
import { checkNewPassword, NewPasswordFields } from '../components/auth/NewPasswordFields.js';
import { FormAlert } from '../components/forms/FormAlert.js';
import { useFieldErrors } from '../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../hooks/useFocusFirstInvalid.js';
import { useFormat } from '../hooks/useFormat.js';
import { useLocalizedHref } from '../hooks/useLocale.js';
import { usePageTitle } from '../hooks/usePageTitle.js';

const FIELDS = ['password', 'confirmPassword'] as const;

/** The link from the "Forgot the password" email: check the token, then set a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const token = useSearchParams()[0].get('token') ?? '';
  const wellFormed = resetTokenQuerySchema.safeParse({ token }).success;
  const check = useQuery({
    queryKey: ['reset-token', token],
    queryFn: () => authApi.checkResetToken(token),
    enabled: wellFormed,
    staleTime: Infinity,
    retry: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tokenRejected, setTokenRejected] = useState(false);
  const form = useFieldErrors(FIELDS);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const mutation = useResetPassword();
  usePageTitle(t('auth.reset.title'));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    form.setFormProblem(null);
    if (!checkNewPassword(form, password, confirm)) {
      focusFirstInvalid();
      return;
    }
    mutation.mutate(
      { token, password },
      {
        onError: (error) => {
          const codes = form.applyApiError(error);
          if (codes.includes('token_invalid')) setTokenRejected(true);
          if (codes.includes('password_common')) {
            setPassword('');
            setConfirm('');
          }
          focusFirstInvalid();
        },
      },
    );
  };

  const invalid = !wellFormed || tokenRejected || check.data?.valid === false;
  let body;
  if (mutation.isSuccess) {
    body = (
      <>
        <FormAlert tone="success" testId="reset-done">
          {t('auth.reset.done')}
        </FormAlert>
        <Link className="btn btn-primary btn-block" to={href('/login')}>
          {t('terms.login')}
        </Link>
      </>
    );
  } else if (invalid) {
    body = (
      <>
        <FormAlert tone="error" testId="reset-invalid">
          {t('auth.reset.invalid', { duration: format.minutes(RESET_TTL_MINUTES) })}
        </FormAlert>
        <Link className="btn btn-primary btn-block" to={href('/forgot-password')}>
          {t('auth.reset.requestNew')}
        </Link>
      </>
    );
  } else if (check.isPending) {
    body = <p role="status">{t('auth.reset.checking')}</p>;
  } else if (check.isError) {
    body = <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>;
  } else {
    body = (
      <>
        <p className="muted">{t('auth.reset.lead')}</p>
        <FormProblem message={form.formError} />
        <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
          <NewPasswordFields
            label={t('auth.fields.newPassword')}
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            form={form}
          />
          <button type="submit" className="btn btn-primary btn-block" disabled={mutation.isPending}>
            {t('auth.reset.save')}
          </button>
        </form>
      </>
    );
  }

  return <AuthCard title={t('auth.reset.title')}>{body}</AuthCard>;
}
