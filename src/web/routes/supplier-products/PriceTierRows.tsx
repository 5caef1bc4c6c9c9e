import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/forms/FormField.js';
import { MAX_TIERS, rowKey, type TierRow } from './productForm.js';

/** Tiered prices: "from this quantity, this unit price", in ascending quantities. */
export function PriceTierRows({
  rows,
  currency,
  onChange,
  fieldError,
}: {
  rows: TierRow[];
  currency: string;
  onChange: (rows: TierRow[]) => void;
  fieldError: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<TierRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="row-list" data-testid="price-tiers-field">
      <legend className="field-label">{t('products.fields.priceTiers')}</legend>
      <p className="field-hint">{t('products.form.priceTiersHint')}</p>
      {rows.map((row, i) => (
        <div
          className="row-item"
          key={row.key}
          role="group"
          aria-label={t('products.form.tierRow', { number: i + 1 })}
          data-testid="price-tier"
        >
          <FormField
            label={t('products.fields.tierFrom')}
            name={`priceTiers.${i}.minQuantity`}
            inputMode="numeric"
            value={row.minQuantity}
            error={fieldError(`priceTiers.${i}.minQuantity`)}
            onChange={(e) => set(i, { minQuantity: e.target.value })}
          />
          <FormField
            label={t('products.fields.tierPrice', { currency })}
            name={`priceTiers.${i}.unitPrice`}
            inputMode="decimal"
            value={row.unitPrice}
            error={fieldError(`priceTiers.${i}.unitPrice`)}
            onChange={(e) => set(i, { unitPrice: e.target.value })}
          />
          {rows.length > 1 ? (
            <button
              type="button"
              className="btn btn-ghost btn-small row-remove"
              aria-label={t('products.form.removeTier', { number: i + 1 })}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('upload.remove')}
            </button>
          ) : null}
        </div>
      ))}
      {fieldError('priceTiers') ? (
        <p className="field-error" data-testid="field-error">
          {fieldError('priceTiers')}
        </p>
      ) : null}
      {rows.length < MAX_TIERS ? (
        <button
          type="button"
          className="btn btn-ghost btn-small row-add"
          onClick={() => onChange([...rows, { key: rowKey(), minQuantity: '', unitPrice: '' }])}
        >
          {t('products.form.addTier')}
        </button>
      ) : null}
    </fieldset>
  );
}
