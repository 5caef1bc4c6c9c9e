import { type FormEvent, type ReactNode, useState } from 'react';
import { secondFactorCodeSchema } from '../../../shared/schemas/accounts.js';
import { FormAlert } from './FormAlert.js';
import { FormField } from './FormField.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';

const FIELDS = ['code'] as const;

/**
 * One authenticator (or recovery) code and a button: confirming an enrolment, asking for new
 * recovery codes, re-authenticating. `submit` rejects with the API's error, shown here.
 */
export function CodeForm({
  label,
  hint,
  submitLabel,
  submit,
  busy,
  extra,
  testId,
}: {
  label: string;
  hint?: string;
  submitLabel: string;
  submit: (code: string) => Promise<unknown>;
  busy: boolean;
  /** Buttons next to the submit button (e.g. "Cancel"). */
  extra?: ReactNode;
  testId?: string;
}) {
  const [code, setCode] = useState('');
  const form = useFieldErrors(FIELDS);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    form.clear();
    if (!form.validate('code', secondFactorCodeSchema, code)) return;
    submit(code.trim()).then(
      () => setCode(''),
      (error: unknown) => {
        form.applyApiError(error);
        setCode('');
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid={testId}>
      {form.formError ? <FormAlert tone="error">{form.formError}</FormAlert> : null}
      <FormField
        label={label}
        hint={hint}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="off"
        spellCheck={false}
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={form.fieldError('code')}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
        {extra}
      </div>
    </form>
  );
}
