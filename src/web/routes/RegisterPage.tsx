import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { accountNameSchema, codeSchema, emailSchema } from '../../shared/schemas/accounts.js';
import { authApi, type CodeSent, useRegister } from '../api/auth.js';
import { AuthCard, FormProblem } from '../components/auth/AuthCard.js';
import { checkNewPassword, NewPasswordFields } from '../components/auth/NewPasswordFields.js';
import { AgreementCheckbox } from '../components/forms/AgreementCheckbox.js';
import { CodeField } from '../components/forms/CodeField.js';
import { FormAlert } from '../components/forms/FormAlert.js';
import { FormField } from '../components/forms/FormField.js';
import { Honeypot } from '../components/forms/Honeypot.js';
import { useFieldErrors } from '../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../hooks/useFocusFirstInvalid.js';
import { useNextPath } from '../hooks/useNextPath.js';
import { useFormat } from '../hooks/useFormat.js';
import { useLocale, useLocalizedHref } from '../hooks/useLocale.js';
import { useSeo } from '../hooks/useSeo.js';
import type { LoginLocationState } from './LoginPage.js';

const FIELDS = ['accountName', 'password', 'confirmPassword', 'email', 'code', 'agreementAccepted'] as const;
const EMPTY = { accountName: '', password: '', confirmPassword: '', email: '', code: '', website: '' };
type Values = typeof EMPTY;

/** "Register" (guide 1.2): account name, password, email, verification code, the user agreement. */
export function RegisterPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const locale = useLocale();
  const format = useFormat();
  const navigate = useNavigate();
  /** Where to go once signed in (e.g. "Register as a buyer" → Buyer information); checked by safeNextPath. */
  const next = useNextPath();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [agreed, setAgreed] = useState(false);
  const [codeSent, setCodeSent] = useState<{ email: string; minutes: number } | null>(null);
  const mutation = useRegister();
  const form = useFieldErrors(FIELDS);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  /** The account name whose availability answer may still be shown (answers for older input are dropped). */
  const checkedName = useRef('');
  useSeo({ title: t('terms.register'), description: t('auth.register.lead') });

  const set = (name: keyof Values) => (value: string) => setValues((prev) => ({ ...prev, [name]: value }));
  const onInput = (name: keyof Values) => (event: { target: { value: string } }) => set(name)(event.target.value);

  const checkAccountName = () => {
    const name = values.accountName.trim();
    if (!name || !form.validate('accountName', accountNameSchema, name)) return;
    checkedName.current = name;
    authApi.accountNameAvailable(name).then(
      ({ available }) => {
        if (checkedName.current === name && !available) form.setError('accountName', 'account_name_taken');
      },
      () => undefined, // The server checks again on submit.
    );
  };

  /** The account name and email are words the password must not contain (shown before submit). */
  const passwordContext = { accountName: values.accountName, email: values.email };

  const sendCode = (): Promise<CodeSent> | null => {
    if (!form.validate('email', emailSchema, values.email)) return null;
    form.setFormProblem(null);
    return authApi.requestRegisterCode(values.email.trim(), values.website);
  };

  const validateAll = (): boolean => {
    const results = [
      form.validate('accountName', accountNameSchema, values.accountName),
      checkNewPassword(form, values.password, values.confirmPassword, passwordContext),
      form.validate('email', emailSchema, values.email),
      form.validate('code', codeSchema, values.code),
    ];
    form.setError('agreementAccepted', agreed ? undefined : 'agreement_required');
    return results.every(Boolean) && agreed;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    form.setFormProblem(null);
    if (!validateAll()) {
      focusFirstInvalid();
      return;
    }
    const input = {
      accountName: values.accountName.trim(),
      email: values.email.trim(),
      password: values.password,
      code: values.code,
      locale,
      website: values.website,
    };
    mutation.mutate(input, {
      onSuccess: (result) => {
        const state: LoginLocationState = { registeredAccount: result.accountName };
        const login = next ? `${href('/login')}?${new URLSearchParams({ next })}` : href('/login');
        void navigate(login, { state });
      },
      onError: (error) => {
        const codes = form.applyApiError(error);
        // A common password must be replaced: empty both boxes so it is typed anew.
        if (codes.includes('password_common')) setValues((prev) => ({ ...prev, password: '', confirmPassword: '' }));
        focusFirstInvalid();
      },
    });
  };

  return (
    <AuthCard title={t('terms.register')}>
      <p className="muted">{t('auth.register.lead')}</p>
      <FormProblem message={form.formError} />
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <FormField
          label={t('auth.fields.accountName')}
          name="accountName"
          hint={t('auth.register.accountNameHint')}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={32}
          required
          value={values.accountName}
          onChange={onInput('accountName')}
          onBlur={checkAccountName}
          error={form.fieldError('accountName')}
        />
        <NewPasswordFields
          label={t('auth.fields.password')}
          password={values.password}
          confirm={values.confirmPassword}
          onPassword={set('password')}
          onConfirm={set('confirmPassword')}
          form={form}
          context={passwordContext}
        />
        <FormField
          label={t('auth.fields.email')}
          name="email"
          type="email"
          hint={t('auth.register.emailHint')}
          autoComplete="email"
          spellCheck={false}
          required
          value={values.email}
          onChange={onInput('email')}
          onBlur={() => values.email && form.validate('email', emailSchema, values.email)}
          error={form.fieldError('email')}
        />
        <CodeField
          value={values.code}
          onChange={set('code')}
          onBlur={() => values.code && form.validate('code', codeSchema, values.code)}
          error={form.fieldError('code')}
          send={sendCode}
          onSent={(result) => setCodeSent({ email: values.email.trim(), minutes: result.expiresInMinutes })}
          onSendError={(error) => form.applyApiError(error)}
        />
        {codeSent ? (
          <FormAlert tone="info" testId="code-sent">
            {/* Worded for both cases: the answer does not say whether the address has an account. */}
            {t('auth.register.codeSent', { email: codeSent.email, duration: format.minutes(codeSent.minutes) })}
          </FormAlert>
        ) : null}
        <Honeypot value={values.website} onChange={set('website')} />
        <AgreementCheckbox
          checked={agreed}
          onChange={(checked) => {
            setAgreed(checked);
            if (checked) form.setError('agreementAccepted', undefined);
          }}
          error={form.fieldError('agreementAccepted')}
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={mutation.isPending}>
          {mutation.isPending ? t('auth.register.submitting') : t('terms.register')}
        </button>
      </form>
      <p className="auth-switch">
        {t('auth.register.haveAccount')}{' '}
        <Link to={next ? `${href('/login')}?${new URLSearchParams({ next })}` : href('/login')}>
          {t('terms.login')}
        </Link>
      </p>
    </AuthCard>
  );
}
