import type { ComponentProps, ReactNode } from 'react';
import { FieldMessages } from './FieldMessages.js';
import { useFieldIds } from './useFieldIds.js';

export interface SelectOption {
  value: string;
  label: string;
  /** The language of the label, when it is not the page's (a language's own name). */
  lang?: string;
}

export interface SelectFieldProps extends ComponentProps<'select'> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  /** A first, empty choice: "Select…", "All brands"… */
  placeholder?: string;
  options?: readonly SelectOption[];
}

/** A labelled native <select> with its hint and error; the choices as `options` or as children. */
export function SelectField({ label, hint, error, id, placeholder, options, children, ...select }: SelectFieldProps) {
  const { controlId, hintId, errorId, aria } = useFieldIds(id, hint, error);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={controlId}>
        {label}
      </label>
      <select id={controlId} className="input" {...aria} {...select}>
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
