import type { ComponentProps, ReactNode } from 'react';
import { FieldMessages } from './FieldMessages.js';
import { useFieldIds } from './useFieldIds.js';

export interface FormFieldProps extends ComponentProps<'input'> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  /** Translated message; marks the input aria-invalid and describes it. */
  error?: string;
  /** Placed right of the input, e.g. a "Send code" button. */
  addon?: ReactNode;
}

/** A labelled input with its hint and error, wired for screen readers. */
export function FormField({ label, hint, error, addon, id, className, ...input }: FormFieldProps) {
  const { controlId, hintId, errorId, aria } = useFieldIds(id, hint, error);
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={controlId}>
        {label}
      </label>
      <div className={addon ? 'field-row' : undefined}>
        <input id={controlId} className="input" {...aria} {...input} />
        {addon}
      </div>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
