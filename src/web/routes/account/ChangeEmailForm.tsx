import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emailChangeCodeRequestSchema, emailChangeRequestSchema } from '../../../shared/schemas/accounts.js';
import { accountApi, useUserMutation } from '../../api/account.js';
import type { CodeSent } from '../../api/auth.js';
import { CodeField } from '../../components/forms/CodeField.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { FormField } from '../../components/forms/FormField.js';
import { PasswordField } from '../../components/forms/PasswordField.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid.js';
import { useFormat } from '../../hooks/useFormat.js';

const FIELDS = ['newEmail', 'currentPassword', 'code'] as const;
const EMPTY = { newEmail: '', currentPassword: '', code: '' };
const requestShape = emailChangeCodeRequestSchema.shape;
const confirmShape = emailChangeRequestSchema.shape;

/** "Change email": new address + current password → "Send code" → the code from the new mailbox → confirm. */
export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [codeSent, setCodeSent] = useState<{ email: string; minutes: number } | null>(null);
  const [changedTo, setChangedTo] = useState<string | null>(null);
  const form = useFieldErrors(FIELDS);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const mutation = useUserMutation(accountApi.changeEmail);
  const set = (name: keyof typeof EMPTY) => (value: string) => setValues((prev) => ({ ...prev, [name]: value }));

  const sendCode = (): Promise<CodeSent> | null => {
    setChangedTo(null);
    form.setFormProblem(null);
    const ok = [
      form.validate('newEmail', requestShape.newEmail, values.newEmail),
      form.validate('currentPassword', requestShape.currentPassword, values.currentPassword),
    ].every(Boolean);
    if (!ok) {
      focusFirstInvalid();
      return null;
    }
    return accountApi.requestEmailCode({ newEmail: values.newEmail.trim(), currentPassword: values.currentPassword });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    form.setFormProblem(null);
    const ok = [
      form.validate('newEmail', confirmShape.newEmail, values.newEmail),
      form.validate('code', confirmShape.code, values.code),
    ].every(Boolean);
    if (!ok) {
      focusFirstInvalid();
      return;
    }
    mutation.mutate(
      { newEmail: values.newEmail.trim(), code: values.code },
      {
        onSuccess: ({ user }) => {
          setChangedTo(user.email);
          setCodeSent(null);
          setValues(EMPTY);
          form.clear();
        },
        onError: (error) => {
          form.applyApiError(error);
          focusFirstInvalid();
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="email-title">
      <h2 id="email-title">{t('account.email.title')}</h2>
      <p className="muted">{t('account.email.lead', { email: currentEmail })}</p>
      {changedTo ? (
        <FormAlert tone="success" testId="email-changed">
          {t('account.email.done', { email: changedTo })}
        </FormAlert>
      ) : null}
      {form.formError ? <FormAlert tone="error">{form.formError}</FormAlert> : null}
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <FormField
          label={t('account.email.newEmail')}
          name="newEmail"
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          value={values.newEmail}
          onChange={(event) => set('newEmail')(event.target.value)}
          error={form.fieldError('newEmail')}
        />
        <PasswordField
          label={t('auth.fields.currentPassword')}
          name="currentPassword"
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onChange={(event) => set('currentPassword')(event.target.value)}
          error={form.fieldError('currentPassword')}
        />
        <CodeField
          value={values.code}
          onChange={set('code')}
          error={form.fieldError('code')}
          send={sendCode}
          onSent={(result) => setCodeSent({ email: values.newEmail.trim(), minutes: result.expiresInMinutes })}
          onSendError={(error) => form.applyApiError(error)}
        />
        {codeSent ? (
          <FormAlert tone="info">
            {t('auth.code.sent', { email: codeSent.email, duration: format.minutes(codeSent.minutes) })}
          </FormAlert>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={mutation.isPending}>
          {t('account.email.submit')}
        </button>
      </form>
    </section>
  );
}
