import { getExampleNumber, type CountryCode } from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CAPITAL_CURRENCIES,
  COMPANY_TYPES,
  COUNTRY_CODES,
  MAINLAND_CHINA,
  type RejectionReason,
} from '../../../shared/schemas/suppliers.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { TextAreaField } from '../../components/forms/TextAreaField.js';
import { useLocale } from '../../hooks/useLocale.js';
import { currencyName, sortedRegions } from '../../lib/regions.js';
import type { CompanyField } from '../../../shared/company-fields.js';
import type { CompanyValues } from './companyForm.js';
import { ReviewRemark } from './remarks.js';

export interface CompanyStepProps {
  values: CompanyValues;
  onChange: (field: CompanyField, value: string) => void;
  onBlur: (field: CompanyField) => void;
  fieldError: (field: CompanyField) => string | undefined;
  remarks: Map<string, RejectionReason[]>;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Step 1: the company's details, grouped as on a business licence. */
export function CompanyStep({ values, onChange, onBlur, fieldError, remarks }: CompanyStepProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countries = useMemo(() => sortedRegions(locale, COUNTRY_CODES), [locale]);
  const isChina = values.country === MAINLAND_CHINA;
  const phoneExample = values.country
    ? getExampleNumber(values.country as CountryCode, examples)?.formatInternational()
    : undefined;

  const hint = (field: CompanyField, text?: ReactNode) => {
    const remark = remarks.get(`company.${field}`);
    if (!text && !remark) return undefined;
    return (
      <>
        {text}
        {text && remark ? ' ' : null}
        <ReviewRemark reasons={remark} />
      </>
    );
  };
  const common = (field: CompanyField) => ({
    name: field,
    label: t(`supplier.fields.${field}`),
    value: values[field],
    error: fieldError(field),
    onBlur: () => onBlur(field),
  });
  const input = (field: CompanyField, extra: Record<string, unknown> = {}, hintText?: ReactNode) => (
    <FormField
      {...common(field)}
      hint={hint(field, hintText)}
      onChange={(event) => onChange(field, event.target.value)}
      {...extra}
    />
  );
  const textarea = (field: CompanyField, maxLength: number) => (
    <TextAreaField
      {...common(field)}
      hint={hint(field)}
      maxLength={maxLength}
      onChange={(event) => onChange(field, event.target.value)}
    />
  );

  return (
    <div className="company-step">
      <fieldset className="form-section">
        <legend>{t('supplierAuth.sections.company')}</legend>
        <div className="form-grid">
          <SelectField
            {...common('country')}
            hint={hint('country')}
            required
            onChange={(event) => onChange('country', event.target.value)}
            placeholder={t('supplierAuth.choose')}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
          />
          <SelectField
            {...common('companyType')}
            hint={hint('companyType')}
            required
            onChange={(event) => onChange('companyType', event.target.value)}
            placeholder={t('supplierAuth.choose')}
            options={COMPANY_TYPES.map((type) => ({ value: type, label: t(`supplier.companyTypes.${type}`) }))}
          />
          {input(
            'companyNameZh',
            { maxLength: 200, required: isChina, lang: 'zh-CN' },
            t('supplierAuth.hints.companyNameZh'),
          )}
          {input('companyNameEn', { maxLength: 200, required: true, lang: 'en' })}
          {isChina
            ? input(
                'creditCode',
                {
                  maxLength: 18,
                  required: true,
                  autoCapitalize: 'characters',
                  spellCheck: false,
                  className: 'mono-input',
                },
                t('supplierAuth.hints.creditCode'),
              )
            : input(
                'registrationNumber',
                { maxLength: 50, required: true },
                t('supplierAuth.hints.registrationNumber'),
              )}
          {input('legalRepresentative', { maxLength: 100, required: true })}
          {input('dateEstablished', { type: 'date', max: today(), required: true })}
          <div className="field-pair">
            {input('registeredCapitalAmount', { inputMode: 'decimal', maxLength: 18 }, t('supplierAuth.hints.amount'))}
            <SelectField
              {...common('registeredCapitalCurrency')}
              hint={hint('registeredCapitalCurrency')}
              onChange={(event) => onChange('registeredCapitalCurrency', event.target.value)}
              placeholder={t('supplierAuth.choose')}
              options={CAPITAL_CURRENCIES.map((code) => ({
                value: code,
                label: `${code} — ${currencyName(locale, code)}`,
              }))}
            />
          </div>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('supplierAuth.sections.business')}</legend>
        <div className="form-grid">
          {input('registeredAddress', { maxLength: 300, required: true, autoComplete: 'off' })}
          {input('businessAddress', { maxLength: 300, required: true, autoComplete: 'off' })}
        </div>
        {textarea('businessScope', 2000)}
        {textarea('mainProducts', 500)}
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('supplierAuth.sections.contact')}</legend>
        <div className="form-grid">
          {input('contactPerson', { maxLength: 100, required: true, autoComplete: 'name' })}
          {input(
            'contactPhone',
            { type: 'tel', maxLength: 40, required: true, autoComplete: 'tel' },
            phoneExample
              ? t('supplierAuth.hints.phone', { example: phoneExample })
              : t('supplierAuth.hints.phoneNoCountry'),
          )}
          {input('contactEmail', { type: 'email', maxLength: 254, required: true, autoComplete: 'email' })}
          {input('website', { type: 'url', maxLength: 300, autoComplete: 'url' }, t('supplierAuth.hints.website'))}
        </div>
      </fieldset>
    </div>
  );
}
