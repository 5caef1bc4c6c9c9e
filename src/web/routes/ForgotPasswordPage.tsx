import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RESET_TTL_MINUTES, emailSchema } from '../../shared/schemas/accounts.js';
import { authApi } from '../api/auth.js';
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
  const [sent, setSent] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const form = useFieldErrors(FIELDS);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  usePageTitle(t('terms.forgotPassword'));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    form.setFormProblem(null);
    if (!form.validate('email', emailSchema, email)) {
      focusFirstInvalid();
      return;
    }
    setSubmitting(true);
    try {
      await authApi.forgotPassword(email.trim());
      setSent(true);
    } catch (error) {
      form.applyApiError(error);
      focusFirstInvalid();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section className="container auth-page">
      <div className="card auth-card">
        <h1>{t('terms.forgotPassword')}</h1>
        {sent ? (
          <FormAlert tone="success" testId="forgot-sent">
            {t('auth.forgot.sent', { duration: format.minutes(RESET_TTL_MINUTES) })}
          </FormAlert>
        ) : (
          <>
            <p className="muted">{t('auth.forgot.lead')}</p>
            {form.formError ? (
              <FormAlert tone="error" testId="form-error">
                {form.formError}
              </FormAlert>
            ) : null}
            <form ref={formRef} className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
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
              <button type="submit" className="btn btn-primary btn-block" disabled={submitting}>
                {t('terms.submit')}
              </button>
            </form>
          </>
        )}
        <p className="auth-switch">
          <Link to={href('/login')}>{t('auth.backToLogin')}</Link>
        </p>
      </div>
    </section>
  );
}
