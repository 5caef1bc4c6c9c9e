import { useTranslation } from 'react-i18next';
import { EMPLOYEE_RANGES, MARKET_REGIONS } from '../../../shared/schemas/suppliers.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import type { ProfileField, ProfileValues } from './profileForm.js';
import { TagInput } from './TagInput.js';

type Setter = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => void;

/** Year established, employees, main markets and certifications, then the public contact. */
export function CompanyFactsFields({
  values,
  set,
  fieldError,
}: {
  values: ProfileValues;
  set: Setter;
  fieldError: (field: ProfileField) => string | undefined;
}) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const toggleMarket = (region: (typeof MARKET_REGIONS)[number], on: boolean) =>
    set(
      'mainMarkets',
      on
        ? MARKET_REGIONS.filter((r) => r === region || values.mainMarkets.includes(r))
        : values.mainMarkets.filter((r) => r !== region),
    );
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('supplierCenter.sections.facts')}</legend>
        <div className="form-grid">
          <FormField
            label={t('supplierCenter.fields.yearEstablished')}
            name="yearEstablished"
            type="number"
            inputMode="numeric"
            min={1800}
            max={thisYear}
            value={values.yearEstablished}
            error={fieldError('yearEstablished')}
            onChange={(e) => set('yearEstablished', e.target.value)}
          />
          <SelectField
            label={t('supplierCenter.fields.employees')}
            name="employeeRange"
            value={values.employeeRange}
            error={fieldError('employeeRange')}
            onChange={(e) => set('employeeRange', e.target.value as ProfileValues['employeeRange'])}
            placeholder={t('supplierAuth.choose')}
            options={EMPLOYEE_RANGES.map((range) => ({ value: range, label: t(`supplier.employees.${range}`) }))}
          />
        </div>
        <fieldset className="checkbox-group" aria-describedby={fieldError('mainMarkets') ? 'markets-error' : undefined}>
          <legend className="field-label">{t('supplierCenter.fields.mainMarkets')}</legend>
          <div className="checkbox-grid">
            {MARKET_REGIONS.map((region) => (
              <label key={region} className="checkbox-inline">
                <input
                  type="checkbox"
                  name="mainMarkets"
                  value={region}
                  checked={values.mainMarkets.includes(region)}
                  onChange={(e) => toggleMarket(region, e.target.checked)}
                />
                {t(`supplier.markets.${region}`)}
              </label>
            ))}
          </div>
          {fieldError('mainMarkets') ? (
            <p id="markets-error" className="field-error">
              {fieldError('mainMarkets')}
            </p>
          ) : null}
        </fieldset>
        <TagInput
          label={t('supplierCenter.fields.certifications')}
          name="certifications"
          hint={t('supplierCenter.fields.certificationsHint')}
          values={values.certifications}
          onChange={(list) => set('certifications', list)}
          max={20}
          maxLength={100}
          error={fieldError('certifications')}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('supplierAuth.sections.contact')}</legend>
        <div className="form-grid">
          <FormField
            label={t('supplier.fields.contactEmail')}
            name="contactEmail"
            type="email"
            autoComplete="email"
            value={values.contactEmail}
            error={fieldError('contactEmail')}
            onChange={(e) => set('contactEmail', e.target.value)}
          />
          <FormField
            label={t('supplier.fields.contactPhone')}
            name="contactPhone"
            type="tel"
            autoComplete="tel"
            maxLength={40}
            value={values.contactPhone}
            error={fieldError('contactPhone')}
            onChange={(e) => set('contactPhone', e.target.value)}
          />
          <FormField
            label={t('supplier.fields.website')}
            name="website"
            type="url"
            hint={t('supplierAuth.hints.website')}
            value={values.website}
            error={fieldError('website')}
            onChange={(e) => set('website', e.target.value)}
          />
        </div>
      </fieldset>
    </>
  );
}
