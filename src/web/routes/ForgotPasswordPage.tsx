import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RESET_TTL_MINUTES, emailSchema } from '../../shared/schemas/accounts.js';
import { useForgotPassword } from '../api/auth.js';
import { AuthCard, FormProblem } from '../components/auth/AuthCard.js';
import { FormAlert } from '../components/forms/FormAlert.js';
import { FormField } from '../components/forms/FormField.js';
import { useFieldErrors } from '../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../hooks/useFocusFirstInvalid.js';
import { useFormat } from '../hooks/useFormat.js';
import { useLocalizedHref } from '../hooks/useLocale.js';
import { usePageTitle } from '../hooks/usePageTitle.js';

const FIELDS = ['email'] as const;

/**
 * "Forgot the password" (guide 1.4): the registration email, then "Submit". The answer is the
 * same whether or not an account uses the address, so nobody can probe for accounts.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const form = useFieldErrors(FIELDS);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const mutation = useForgotPassword();
  usePageTitle(t('terms.forgotPassword'));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    form.setFormProblem(null);
    if (!form.validate('email', emailSchema, email)) {
      focusFirstInvalid();
      return;
    }
    mutation.mutate(email.trim(), {
      onError: (error) => {
        form.applyApiError(error);
        focusFirstInvalid();
      },
    });
  };

  return (
    <AuthCard title={t('terms.forgotPassword')}>
      {mutation.isSuccess ? (
        <FormAlert tone="success" testId="forgot-sent">
          {t('auth.forgot.sent', { duration: format.minutes(RESET_TTL_MINUTES) })}
        </FormAlert>
      ) : (
        <>
          <p className="muted">{t('auth.forgot.lead')}</p>
          <FormProblem message={form.formError} />
          <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
            <FormField
              label={t('auth.fields.email')}
              name="email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              onBlur={() => email && form.validate('email', emailSchema, email)}
              error={form.fieldError('email')}
            />
            <button type="submit" className="btn btn-primary btn-block" disabled={mutation.isPending}>
              {t('terms.submit')}
            </button>
          </form>
        </>
      )}
      <p className="auth-switch">
        <Link to={href('/login')}>{t('auth.backToLogin')}</Link>
      </p>
    </AuthCard>
  );
}
