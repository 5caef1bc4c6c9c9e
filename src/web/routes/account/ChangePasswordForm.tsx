import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordRequestSchema, newPasswordSchema } from '../../../shared/schemas/accounts.js';
import { useChangePassword } from '../../api/account.js';
import { useMe } from '../../api/auth.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { PasswordField } from '../../components/forms/PasswordField.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { useFocusFirstInvalid } from '../../hooks/useFocusFirstInvalid.js';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };
const { shape } = changePasswordRequestSchema;

/** "Change password": the current one, then the new one twice. Other devices are signed out. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const form = useFieldErrors(FIELDS);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const mutation = useChangePassword();
  const me = useMe().data?.user;

  const field = (name: keyof typeof EMPTY) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues((prev) => ({ ...prev, [name]: event.target.value })),
    error: form.fieldError(name),
    required: true,
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setDone(false);
    form.clear();
    const ok = [
      form.validate('currentPassword', shape.currentPassword, values.currentPassword),
      // The signed-in account's name and email are context words (checked again on the server).
      form.validate('newPassword', me ? newPasswordSchema(me) : shape.newPassword, values.newPassword),
    ].every(Boolean);
    const same = values.confirmPassword === values.newPassword;
    if (!same) form.setError('confirmPassword', values.confirmPassword ? 'password_mismatch' : 'required');
    if (!ok || !same) {
      focusFirstInvalid();
      return;
    }
    mutation.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setDone(true);
        },
        onError: (error) => {
          const codes = form.applyApiError(error);
          if (codes.includes('password_common'))
            setValues((prev) => ({ ...prev, newPassword: '', confirmPassword: '' }));
          focusFirstInvalid();
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password.title')}</h2>
      {done ? (
        <FormAlert tone="success" testId="password-changed">
          {t('account.password.done')}
        </FormAlert>
      ) : null}
      {form.formError ? <FormAlert tone="error">{form.formError}</FormAlert> : null}
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <PasswordField
          label={t('auth.fields.currentPassword')}
          autoComplete="current-password"
          {...field('currentPassword')}
        />
        <PasswordField
          label={t('auth.fields.newPassword')}
          hint={t('auth.register.passwordHint')}
          autoComplete="new-password"
          {...field('newPassword')}
        />
        <PasswordField
          label={t('auth.fields.confirmPassword')}
          autoComplete="new-password"
          {...field('confirmPassword')}
        />
        <button type="submit" className="btn btn-primary" disabled={mutation.isPending}>
          {t('account.password.submit')}
        </button>
      </form>
    </section>
  );
}
