import type { ComponentProps, ReactNode } from 'react';
import { FieldMessages } from './FieldMessages.js';
import { useFieldIds } from './useFieldIds.js';

export interface SelectFieldProps extends ComponentProps<'select'> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
}

/** A labelled native <select> with its hint and error. */
export function SelectField({ label, hint, error, id, children, ...select }: SelectFieldProps) {
  const { controlId, hintId, errorId, aria } = useFieldIds(id, hint, error);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={controlId}>
        {label}
      </label>
      <select id={controlId} className="input" {...aria} {...select}>
        {children}
      </select>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
