import type { ComponentProps, ReactNode } from 'react';
import { FieldMessages } from './FieldMessages.js';
import { useFieldIds } from './useFieldIds.js';

export interface CheckboxFieldProps extends Omit<ComponentProps<'input'>, 'type'> {
  /** The label; may contain links (they keep their own behaviour). */
  children: ReactNode;
  /** Rendered after the label, outside it (e.g. text that a link inside the label refers to). */
  after?: ReactNode;
  name: string;
  error?: string;
}

export function CheckboxField({ children, after, error, id, ...input }: CheckboxFieldProps) {
  const { controlId, hintId, errorId, aria } = useFieldIds(id, undefined, error);
  return (
    <div className={error ? 'field checkbox-field field-invalid' : 'field checkbox-field'}>
      <input id={controlId} type="checkbox" {...aria} {...input} />
      <label htmlFor={controlId}>{children}</label>
      {after}
      <FieldMessages hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
