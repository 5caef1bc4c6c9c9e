import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { secondFactorCodeSchema } from '../../shared/schemas/accounts.js';
import { useCompleteLogin } from '../api/two-factor.js';
import { FormProblem } from '../components/auth/AuthCard.js';
import { FormField } from '../components/forms/FormField.js';
import { useFieldErrors } from '../hooks/useFieldErrors.js';

const FIELDS = ['code'] as const;

/**
 * Login, step two (accounts with an authenticator): the 6-digit code from the app, or one of the
 * recovery codes. The password step's token lives only in this component's state.
 */
export function LoginSecondFactor({ token, onRestart }: { token: string; onRestart: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const form = useFieldErrors(FIELDS);
  const mutation = useCompleteLogin();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    form.clear();
    if (!form.validate('code', secondFactorCodeSchema, code)) return;
    mutation.mutate(
      { token, code: code.trim() },
      {
        onError: (error) => {
          form.applyApiError(error);
          setCode('');
        },
      },
    );
  };

  return (
    <div data-testid="second-factor-step">
      <p className="muted">{t('twoFactor.login.lead')}</p>
      <FormProblem message={form.formError} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormField
          label={t('twoFactor.fields.code')}
          hint={t('twoFactor.login.hint')}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          autoFocus
          required
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={form.fieldError('code')}
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={mutation.isPending}>
          {t('twoFactor.login.submit')}
        </button>
      </form>
      <p className="auth-switch">
        <button type="button" className="btn btn-ghost" onClick={onRestart}>
          {t('twoFactor.login.restart')}
        </button>
      </p>
    </div>
  );
}
