import type { ComponentProps, ReactNode } from 'react';
import { FieldMessages } from './FieldMessages.js';
import { useFieldIds } from './useFieldIds.js';

export interface TextAreaFieldProps extends ComponentProps<'textarea'> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
}

/** A labelled <textarea> with its hint and error (the multi-line twin of FormField). */
export function TextAreaField({ label, hint, error, id, className, ...textarea }: TextAreaFieldProps) {
  const { controlId, hintId, errorId, aria } = useFieldIds(id, hint, error);
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={controlId}>
        {label}
      </label>
      <textarea id={controlId} className="input" rows={4} {...aria} {...textarea} />
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
