import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disableTwoFactorRequestSchema } from '../../../shared/schemas/accounts.js';
import { twoFactorApi, useTwoFactorMutation, type TwoFactorStatus } from '../../api/two-factor.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { FormField } from '../../components/forms/FormField.js';
import { PasswordField } from '../../components/forms/PasswordField.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { CodeForm } from '../../components/forms/CodeForm.js';

const FIELDS = ['password', 'code'] as const;
const { shape } = disableTwoFactorRequestSchema;

/** Turning it off takes the password and a code (not offered to staff: it is required for them). */
function DisableForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ password: '', code: '' });
  const form = useFieldErrors(FIELDS);
  const disable = useTwoFactorMutation(twoFactorApi.disable);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (disable.isPending) return;
    form.clear();
    const ok = [
      form.validate('password', shape.password, values.password),
      form.validate('code', shape.code, values.code),
    ].every(Boolean);
    if (!ok) return;
    disable.mutate(
      { password: values.password, code: values.code.trim() },
      { onError: (error) => form.applyApiError(error) },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="totp-disable">
      <p>{t('twoFactor.disable.lead')}</p>
      {form.formError ? <FormAlert tone="error">{form.formError}</FormAlert> : null}
      <PasswordField
        label={t('auth.fields.currentPassword')}
        name="password"
        autoComplete="current-password"
        required
        value={values.password}
        onChange={(event) => setValues((prev) => ({ ...prev, password: event.target.value }))}
        error={form.fieldError('password')}
      />
      <FormField
        label={t('twoFactor.fields.code')}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="off"
        spellCheck={false}
        required
        value={values.code}
        onChange={(event) => setValues((prev) => ({ ...prev, code: event.target.value }))}
        error={form.fieldError('code')}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-danger" disabled={disable.isPending}>
          {t('twoFactor.disable.submit')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('twoFactor.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Two-factor authentication is on: new recovery codes, and (except for staff) turning it off. */
export function TwoFactorManage({
  status,
  onNewCodes,
}: {
  status: TwoFactorStatus;
  onNewCodes: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'none' | 'regenerate' | 'disable'>('none');
  const regenerate = useTwoFactorMutation(twoFactorApi.regenerateRecoveryCodes);
  const cancel = (
    <button type="button" className="btn btn-ghost" onClick={() => setOpen('none')}>
      {t('twoFactor.cancel')}
    </button>
  );

  return (
    <>
      <p data-testid="totp-on">
        <strong>{t('twoFactor.status.on')}</strong>{' '}
        {t('twoFactor.status.recoveryLeft', { count: status.recoveryCodesLeft })}
      </p>
      {status.required ? <p className="muted">{t('twoFactor.status.requiredForStaff')}</p> : null}
      {open === 'regenerate' ? (
        <CodeForm
          label={t('twoFactor.fields.appCode')}
          hint={t('twoFactor.recovery.regenerateHint')}
          submitLabel={t('twoFactor.recovery.regenerate')}
          busy={regenerate.isPending}
          submit={async (code) => {
            onNewCodes((await regenerate.mutateAsync(code)).recoveryCodes);
            setOpen('none');
          }}
          extra={cancel}
        />
      ) : open === 'disable' ? (
        <DisableForm onCancel={() => setOpen('none')} />
      ) : (
        <div className="form-actions">
          <button type="button" className="btn btn-ghost" onClick={() => setOpen('regenerate')}>
            {t('twoFactor.recovery.regenerate')}
          </button>
          {status.required ? null : (
            <button type="button" className="btn btn-ghost" onClick={() => setOpen('disable')}>
              {t('twoFactor.disable.open')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
