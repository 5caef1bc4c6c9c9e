import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Brand } from '../../../shared/schemas/brands.js';
import { PRODUCT_CURRENCIES, PRODUCT_UNITS, type CategoryNode } from '../../../shared/schemas/products.js';
import { COUNTRY_CODES } from '../../../shared/schemas/suppliers.js';
import { findCategory } from '../../api/catalog.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { TextAreaField } from '../../components/forms/TextAreaField.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { currencyName, sortedRegions } from '../../lib/regions.js';
import { PriceTierRows } from './PriceTierRows.js';
import type { ProductValues } from './productForm.js';

type Set = <K extends keyof ProductValues>(key: K, value: ProductValues[K]) => void;
type FieldError = (path: string) => string | undefined;

/** A brand's name in the page's language (brands have a Chinese and/or an English name). */
export function brandName(brand: Pick<Brand, 'nameZh' | 'nameEn'>, locale: string): string {
  return (locale === 'zh-CN' ? brand.nameZh || brand.nameEn : brand.nameEn || brand.nameZh) ?? '';
}

/** Category (two levels: a top category, then one of its subcategories), brand and model number. */
export function BasicsFields({
  values,
  set,
  fieldError,
  categories,
  brands,
}: {
  values: ProductValues;
  set: Set;
  fieldError: FieldError;
  categories: CategoryNode[];
  brands: Brand[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalizedHref();
  const [topId, setTopId] = useState(() => {
    const found = findCategory(categories, values.categoryId);
    return found ? (found.parent ?? found.node).id : '';
  });
  const top = categories.find((c) => c.id === topId);

  const chooseTop = (id: string) => {
    setTopId(id);
    const next = categories.find((c) => c.id === id);
    // A category without subcategories is itself the choice; otherwise pick a subcategory next.
    set('categoryId', next && next.children.length === 0 ? next.id : '');
  };

  return (
    <fieldset className="form-section">
      <legend>{t('products.form.sections.basics')}</legend>
      <div className="form-grid">
        <SelectField
          label={t('products.fields.category')}
          name="category-top"
          value={topId}
          required
          error={top?.children.length ? undefined : fieldError('categoryId')}
          onChange={(e) => chooseTop(e.target.value)}
          placeholder={t('supplierAuth.choose')}
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
        />
        {top?.children.length ? (
          <SelectField
            label={t('products.fields.subcategory')}
            name="categoryId"
            value={values.categoryId}
            required
            error={fieldError('categoryId')}
            onChange={(e) => set('categoryId', e.target.value)}
            placeholder={t('supplierAuth.choose')}
            options={top.children.map((c) => ({ value: c.id, label: c.name }))}
          />
        ) : null}
      </div>
      <div className="form-grid">
        {brands.length ? (
          <SelectField
            label={t('products.fields.brand')}
            name="brandId"
            value={values.brandId}
            required
            hint={t('products.form.brandHint')}
            error={fieldError('brandId')}
            onChange={(e) => set('brandId', e.target.value)}
            placeholder={t('supplierAuth.choose')}
            options={brands.map((b) => ({ value: b.id, label: brandName(b, locale) }))}
          />
        ) : (
          <div className="field" data-testid="no-brands">
            <span className="field-label">{t('products.fields.brand')}</span>
            <p className="alert alert-info">
              <Trans
                i18nKey="products.form.noBrands"
                values={{ name: t('terms.licensedBrands') }}
                components={{ brands: <Link to={href('/supplier/brands')} /> }}
              />
            </p>
            {fieldError('brandId') ? <p className="field-error">{fieldError('brandId')}</p> : null}
          </div>
        )}
        <FormField
          label={t('products.fields.modelNumber')}
          name="modelNumber"
          value={values.modelNumber}
          maxLength={100}
          error={fieldError('modelNumber')}
          onChange={(e) => set('modelNumber', e.target.value)}
        />
      </div>
    </fieldset>
  );
}

/** Unit, MOQ, currency and tiered prices, lead time. */
export function TradeFields({ values, set, fieldError }: { values: ProductValues; set: Set; fieldError: FieldError }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <fieldset className="form-section">
      <legend>{t('products.form.sections.trade')}</legend>
      <div className="form-grid">
        <SelectField
          label={t('products.fields.unit')}
          name="unit"
          value={values.unit}
          required
          error={fieldError('unit')}
          onChange={(e) => set('unit', e.target.value as ProductValues['unit'])}
          options={PRODUCT_UNITS.map((u) => ({ value: u, label: t(`products.units.${u}`) }))}
        />
        <FormField
          label={t('products.fields.moq')}
          name="moq"
          inputMode="numeric"
          value={values.moq}
          required
          error={fieldError('moq')}
          onChange={(e) => set('moq', e.target.value)}
        />
        <SelectField
          label={t('products.fields.currency')}
          name="currency"
          value={values.currency}
          required
          error={fieldError('currency')}
          onChange={(e) => set('currency', e.target.value as ProductValues['currency'])}
          options={PRODUCT_CURRENCIES.map((c) => ({ value: c, label: `${c} — ${currencyName(locale, c)}` }))}
        />
        <FormField
          label={t('products.fields.leadTimeDays')}
          name="leadTimeDays"
          inputMode="numeric"
          value={values.leadTimeDays}
          error={fieldError('leadTimeDays')}
          onChange={(e) => set('leadTimeDays', e.target.value)}
        />
      </div>
      <PriceTierRows
        rows={values.priceTiers}
        currency={values.currency}
        fieldError={fieldError}
        onChange={(rows) => set('priceTiers', rows)}
      />
    </fieldset>
  );
}

/** Place of origin, HS code, packaging and weight. */
export function ShippingFields({
  values,
  set,
  fieldError,
}: {
  values: ProductValues;
  set: Set;
  fieldError: FieldError;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const regions = useMemo(() => sortedRegions(locale, COUNTRY_CODES), [locale]);
  return (
    <fieldset className="form-section">
      <legend>{t('products.form.sections.shipping')}</legend>
      <div className="form-grid">
        <SelectField
          label={t('products.fields.origin')}
          name="origin"
          value={values.origin}
          error={fieldError('origin')}
          onChange={(e) => set('origin', e.target.value)}
          placeholder={t('supplierAuth.choose')}
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
        />
        <FormField
          label={t('products.fields.hsCode')}
          name="hsCode"
          inputMode="numeric"
          className="mono-input"
          value={values.hsCode}
          maxLength={13}
          hint={t('products.form.hsCodeHint')}
          error={fieldError('hsCode')}
          onChange={(e) => set('hsCode', e.target.value)}
        />
        <FormField
          label={t('products.fields.weightKg')}
          name="weightKg"
          inputMode="decimal"
          value={values.weightKg}
          error={fieldError('weightKg')}
          onChange={(e) => set('weightKg', e.target.value)}
        />
      </div>
      <TextAreaField
        label={t('products.fields.packaging')}
        name="packaging"
        rows={2}
        maxLength={300}
        value={values.packaging}
        error={fieldError('packaging')}
        onChange={(e) => set('packaging', e.target.value)}
      />
    </fieldset>
  );
}
