import { useTranslation } from 'react-i18next';
import { newPasswordSchema, type PasswordContext } from '../../../shared/schemas/accounts.js';
import type { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { PasswordField } from '../forms/PasswordField.js';

type PasswordForm = Pick<
  ReturnType<typeof useFieldErrors<'password' | 'confirmPassword'>>,
  'validate' | 'setError' | 'fieldError'
>;

/**
 * The new password must pass the rules and the second box must repeat it; false when not.
 * `context` (the account name and email, where the form knows them) are words it must not contain.
 */
export function checkNewPassword(
  form: PasswordForm,
  password: string,
  confirm: string,
  context: PasswordContext = {},
): boolean {
  const passwordOk = form.validate('password', newPasswordSchema(context), password);
  form.setError('confirmPassword', confirm === password ? undefined : confirm ? 'password_mismatch' : 'required');
  return passwordOk && confirm === password;
}

/** "Password" (with the rules as a hint) and "Confirm password", checked as the user leaves each. */
export function NewPasswordFields({
  label,
  password,
  confirm,
  onPassword,
  onConfirm,
  form,
  context = {},
}: {
  label: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  form: PasswordForm;
  /** Words the password must not contain, checked as the user leaves the box (see checkNewPassword). */
  context?: PasswordContext;
}) {
  const { t } = useTranslation();
  const checkConfirm = () => {
    if (confirm) form.setError('confirmPassword', confirm === password ? undefined : 'password_mismatch');
  };
  return (
    <>
      <PasswordField
        label={label}
        name="password"
        hint={t('auth.register.passwordHint')}
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => onPassword(event.target.value)}
        onBlur={() => {
          if (password) form.validate('password', newPasswordSchema(context), password);
          checkConfirm();
        }}
        error={form.fieldError('password')}
      />
      <PasswordField
        label={t('auth.fields.confirmPassword')}
        name="confirmPassword"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(event) => onConfirm(event.target.value)}
        onBlur={checkConfirm}
        error={form.fieldError('confirmPassword')}
      />
    </>
  );
}
