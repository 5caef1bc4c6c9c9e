import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RESET_TTL_MINUTES, passwordSchema, resetTokenQuerySchema } from '../../shared/schemas/accounts.js';
import { ME_KEY, authApi } from '../api/auth.js';
import { FormAlert } from '../components/forms/FormAlert.js';
import { PasswordField } from '../components/forms/PasswordField.js';
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
  const queryClient = useQueryClient();
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
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);
  const [tokenRejected, setTokenRejected] = useState(false);
  const form = useFieldErrors(FIELDS);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  usePageTitle(t('auth.reset.title'));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    form.setFormProblem(null);
    const okPassword = form.validate('password', passwordSchema, password);
    form.setError('confirmPassword', confirm === password ? undefined : confirm ? 'password_mismatch' : 'required');
    if (!okPassword || confirm !== password) {
      focusFirstInvalid();
      return;
    }
    setSubmitting(true);
    try {
      await authApi.resetPassword(token, password);
      setDone(true);
      // Every session of the account has been revoked, possibly this browser's too.
      queryClient.removeQueries({ queryKey: ['account'] });
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
    } catch (error) {
      const codes = form.applyApiError(error);
      if (codes.includes('token_invalid')) setTokenRejected(true);
      if (codes.includes('password_common')) {
        setPassword('');
        setConfirm('');
      }
      focusFirstInvalid();
    } finally {
      setSubmitting(false);
    }
  };

  const invalid = !wellFormed || tokenRejected || check.data?.valid === false;
  let body;
  if (done) {
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
        {form.formError ? (
          <FormAlert tone="error" testId="form-error">
            {form.formError}
          </FormAlert>
        ) : null}
        <form ref={formRef} className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <PasswordField
            label={t('auth.fields.newPassword')}
            name="password"
            hint={t('auth.register.passwordHint')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            onBlur={() => password && form.validate('password', passwordSchema, password)}
            error={form.fieldError('password')}
          />
          <PasswordField
            label={t('auth.fields.confirmPassword')}
            name="confirmPassword"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            onBlur={() =>
              confirm && form.setError('confirmPassword', confirm === password ? undefined : 'password_mismatch')
            }
            error={form.fieldError('confirmPassword')}
          />
          <button type="submit" className="btn btn-primary btn-block" disabled={submitting}>
            {t('auth.reset.save')}
          </button>
        </form>
      </>
    );
  }

  return (
    <section className="container auth-page">
      <div className="card auth-card">
        <h1>{t('auth.reset.title')}</h1>
        {body}
      </div>
    </section>
  );
}
