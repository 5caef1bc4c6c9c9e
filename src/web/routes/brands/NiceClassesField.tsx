import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessages } from '../../components/forms/FieldMessages.js';
import { NICE_CLASSES } from './brandForm.js';

/** The Nice classes (1–45) the trademark covers: a compact grid of checkboxes by class number. */
export function NiceClassesField({
  value,
  onChange,
  hint,
  error,
}: {
  value: readonly number[];
  onChange: (next: number[]) => void;
  hint?: ReactNode;
  error?: string;
}) {
  const { t } = useTranslation();
  const base = useId();
  const hintId = `${base}hint`;
  const errorId = `${base}error`;
  const selected = new Set(value);
  const toggle = (n: number, on: boolean) =>
    onChange(on ? [...value, n].sort((a, b) => a - b) : value.filter((c) => c !== n));
  return (
    <fieldset
      className={error ? 'field nice-classes field-invalid' : 'field nice-classes'}
      aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
      data-testid="field-niceClasses"
    >
      <legend className="field-label">{t('brands.fields.niceClasses')}</legend>
      <div className="nice-grid">
        {NICE_CLASSES.map((n, i) => (
          <label key={n} className={selected.has(n) ? 'nice-class is-selected' : 'nice-class'}>
            <input
              type="checkbox"
              name="niceClasses"
              value={n}
              checked={selected.has(n)}
              aria-invalid={error && i === 0 ? true : undefined}
              onChange={(event) => toggle(n, event.target.checked)}
            />
            <span className="visually-hidden">{t('brands.form.niceClass', { number: n })}</span>
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
      <p className="field-hint" id={hintId}>
        {value.length ? t('brands.form.niceSelected', { list: value.join(', ') }) : t('brands.form.niceNone')} {hint}
      </p>
      <FieldMessages hintId={`${hintId}-unused`} error={error} errorId={errorId} />
    </fieldset>
  );
}
