import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/forms/FormField.js';
import { MAX_SPECS, rowKey, type SpecRow } from './productForm.js';

/** Specification rows (name / value) of one language, added and removed freely. */
export function SpecRows({
  rows,
  onChange,
  fieldError,
  prefix,
}: {
  rows: SpecRow[];
  onChange: (rows: SpecRow[]) => void;
  fieldError: (path: string) => string | undefined;
  /** "translations.en.specs": where the API reports this language's rows. */
  prefix: string;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<SpecRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="row-list">
      <legend className="field-label">{t('products.fields.specs')}</legend>
      {rows.length === 0 ? <p className="field-hint">{t('products.form.noSpecs')}</p> : null}
      {rows.map((row, i) => (
        <div className="row-item" key={row.key} role="group" aria-label={t('products.form.specRow', { number: i + 1 })}>
          <FormField
            label={t('products.fields.specName')}
            name={`${prefix}.${i}.name`}
            value={row.name}
            maxLength={100}
            error={fieldError(`${prefix}.${i}.name`)}
            onChange={(e) => set(i, { name: e.target.value })}
          />
          <FormField
            label={t('products.fields.specValue')}
            name={`${prefix}.${i}.value`}
            value={row.value}
            maxLength={300}
            error={fieldError(`${prefix}.${i}.value`)}
            onChange={(e) => set(i, { value: e.target.value })}
          />
          <button
            type="button"
            className="btn btn-ghost btn-small row-remove"
            aria-label={t('products.form.removeSpec', { number: i + 1 })}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('upload.remove')}
          </button>
        </div>
      ))}
      {fieldError(prefix) ? <p className="field-error">{fieldError(prefix)}</p> : null}
      {rows.length < MAX_SPECS ? (
        <button
          type="button"
          className="btn btn-ghost btn-small row-add"
          onClick={() => onChange([...rows, { key: rowKey(), name: '', value: '' }])}
        >
          {t('products.form.addSpec')}
        </button>
      ) : null}
    </fieldset>
  );
}
