import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountNameSchema, emailSchema } from '../../../shared/schemas/accounts.js';
import { FormProblem } from '../../components/auth/AuthCard.js';
import { checkNewPassword, NewPasswordFields } from '../../components/auth/NewPasswordFields.js';
import { FormField } from '../../components/forms/FormField.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid.js';

const FIELDS = ['accountName', 'email', 'password', 'confirmPassword'] as const;

export interface StaffAccountValues {
  accountName: string;
  email: string;
  password: string;
}

/**
 * Account name, email (fixed for an invitation) and a new password: the setup page's first admin
 * and an invited member of staff. `submit` rejects with the API error; its field errors show here.
 */
export function StaffAccountForm({
  fixedEmail,
  submitLabel,
  pending,
  submit,
  onTokenRejected,
}: {
  fixedEmail?: string;
  submitLabel: string;
  pending: boolean;
  submit: (values: StaffAccountValues) => Promise<unknown>;
  onTokenRejected: () => void;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [accountName, setAccountName] = useState('');
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const form = useFieldErrors(FIELDS);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const context = { accountName, email };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    form.setFormProblem(null);
    const ok = [
      form.validate('accountName', accountNameSchema, accountName),
      fixedEmail !== undefined || form.validate('email', emailSchema, email),
      checkNewPassword(form, password, confirm, context),
    ].every(Boolean);
    if (!ok) {
      focusFirstInvalid();
      return;
    }
    submit({ accountName: accountName.trim(), email: email.trim(), password }).catch((error: unknown) => {
      const codes = form.applyApiError(error);
      if (codes.includes('token_invalid')) onTokenRejected();
      if (codes.includes('password_common')) {
        setPassword('');
        setConfirm('');
      }
      focusFirstInvalid();
    });
  };

  return (
    <>
      <FormProblem message={form.formError} />
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <FormField
          label={t('auth.fields.accountName')}
          name="accountName"
          autoComplete="username"
          value={accountName}
          onChange={(e) => setAccountName(e.target.value)}
          error={form.fieldError('accountName')}
        />
        <FormField
          label={t('auth.fields.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          readOnly={fixedEmail !== undefined}
          onChange={(e) => setEmail(e.target.value)}
          error={form.fieldError('email')}
        />
        <NewPasswordFields
          label={t('auth.fields.password')}
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          form={form}
          context={context}
        />
        <button
          type="submit"
          className="btn btn-primary btn-block"
          disabled={pending}
          data-testid="staff-account-submit"
        >
          {submitLabel}
        </button>
      </form>
    </>
  );
}
