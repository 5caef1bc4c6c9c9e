import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { loginRequestSchema } from '../../shared/schemas/accounts.js';
import { isStaff, useLogin, useMe } from '../api/auth.js';
import { AuthCard, FormProblem } from '../components/auth/AuthCard.js';
import { FormAlert } from '../components/forms/FormAlert.js';
import { FormField } from '../components/forms/FormField.js';
import { PasswordField } from '../components/forms/PasswordField.js';
import { useFieldErrors } from '../hooks/useFieldErrors.js';
import { useLocalizedHref } from '../hooks/useLocale.js';
import { useNextPath } from '../hooks/useNextPath.js';
import { useSeo } from '../hooks/useSeo.js';
import { LoginSecondFactor } from './LoginSecondFactor.js';

const FIELDS = ['login', 'password'] as const;

/** Set by the Register page when it sends the new user here (guide 1.3). */
export interface LoginLocationState {
  registeredAccount?: string;
}

/** "Login" (guide 1.3): account name or email, password, "Remember me"; then ?next= or the personal center. */
export function LoginPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const next = useNextPath();
  const registered = (useLocation().state as LoginLocationState | null)?.registeredAccount;
  const [login, setLogin] = useState(registered ?? '');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const form = useFieldErrors(FIELDS);
  const mutation = useLogin();
  const me = useMe();
  useSeo({ title: t('terms.login'), description: t('auth.login.lead') });

  const pendingToken = mutation.data?.secondFactor?.token;

  // Signed in (just now, or already): go on. Replacing keeps "Back" from returning to this form.
  // Staff without an authenticator can do nothing else before enrolling one.
  const user = me.data?.user;
  if (user && isStaff(user.roles) && !user.twoFactorEnabled) {
    return <Navigate to={`${href('/account')}#two-factor`} replace />;
  }
  if (user) return <Navigate to={next ?? href('/account')} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    form.clear();
    const okLogin = form.validate('login', loginRequestSchema.shape.login, login);
    const okPassword = form.validate('password', loginRequestSchema.shape.password, password);
    if (!okLogin || !okPassword) return;
    mutation.mutate({ login: login.trim(), password, remember }, { onError: (error) => form.applyApiError(error) });
  };

  return (
    <AuthCard title={t('terms.login')}>
      {registered ? (
        <FormAlert tone="success" testId="registered-banner">
          {t('auth.login.registered')}
        </FormAlert>
      ) : null}
      {pendingToken ? (
        <LoginSecondFactor
          token={pendingToken}
          onRestart={() => {
            mutation.reset();
            setPassword('');
          }}
        />
      ) : (
        <>
          <p className="muted">{t('auth.login.lead')}</p>
          <FormProblem message={form.formError} />
          <form className="form" onSubmit={onSubmit} noValidate>
            <FormField
              label={t('auth.fields.login')}
              name="login"
              autoComplete="username"
              autoCapitalize="off"
              spellCheck={false}
              required
              value={login}
              onChange={(event) => setLogin(event.target.value)}
              error={form.fieldError('login')}
            />
            <PasswordField
              label={t('auth.fields.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={form.fieldError('password')}
            />
            <div className="form-row-between">
              <label className="checkbox-inline">
                <input
                  type="checkbox"
                  id="login-remember"
                  name="remember"
                  checked={remember}
                  onChange={(event) => setRemember(event.target.checked)}
                />
                {t('auth.fields.rememberMe')}
              </label>
              <Link to={href('/forgot-password')}>{t('terms.forgotPassword')}</Link>
            </div>
            <button type="submit" className="btn btn-primary btn-block" disabled={mutation.isPending}>
              {mutation.isPending ? t('auth.login.submitting') : t('terms.login')}
            </button>
          </form>
          <p className="auth-switch">
            {t('auth.login.noAccount')} <Link to={href('/register')}>{t('terms.register')}</Link>
          </p>
        </>
      )}
    </AuthCard>
  );
}
