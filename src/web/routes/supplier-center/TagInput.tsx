import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/forms/FormField.js';

/** A list of short texts (certifications): type one, Enter or "Add"; each chip can be removed. */
export function TagInput({
  label,
  name,
  values,
  onChange,
  max,
  maxLength,
  hint,
  error,
}: {
  label: string;
  name: string;
  values: string[];
  onChange: (values: string[]) => void;
  max: number;
  maxLength: number;
  hint?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const add = () => {
    const value = draft.trim();
    if (!value || values.length >= max) return;
    if (!values.some((v) => v.toLowerCase() === value.toLowerCase())) onChange([...values, value]);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add();
    }
  };
  return (
    <div className="tag-input">
      <FormField
        label={label}
        name={name}
        hint={hint}
        error={error}
        value={draft}
        maxLength={maxLength}
        disabled={values.length >= max}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        addon={
          <button type="button" className="btn btn-ghost btn-addon" onClick={add} disabled={!draft.trim()}>
            {t('supplierCenter.tags.add')}
          </button>
        }
      />
      {values.length ? (
        <ul className="tags" aria-label={label}>
          {values.map((value) => (
            <li key={value} className="tag">
              <span>{value}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={t('supplierCenter.tags.remove', { value })}
                onClick={() => onChange(values.filter((v) => v !== value))}
              >
                {'×'}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
