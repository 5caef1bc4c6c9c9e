import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../shared/countries.js';
import { addressInputSchema, type Address } from '../../../shared/schemas/buyers.js';
import { buyerApi } from '../../api/buyers.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { useLocale } from '../../hooks/useLocale.js';
import { sortedRegions } from '../../lib/regions.js';
import type { EntryFormProps } from './EntryBook.js';
import { EntryFormFrame } from './EntryFormFrame.js';
import { phoneExample, withoutEmpty } from './formSupport.js';
import { useEntryForm } from './useEntryForm.js';

const FIELDS = ['recipient', 'phone', 'country', 'region', 'city', 'addressLine', 'postalCode'] as const;
type Field = (typeof FIELDS)[number];

const toValues = (a?: Address): Record<Field, string> => ({
  recipient: a?.recipient ?? '',
  phone: a?.phone ?? '',
  country: a?.country ?? '',
  region: a?.region ?? '',
  city: a?.city ?? '',
  addressLine: a?.addressLine ?? '',
  postalCode: a?.postalCode ?? '',
});

/** Add or edit a delivery address. */
export function AddressForm({ entry, onSaved, onCancel }: EntryFormProps<Address>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countries = useMemo(() => sortedRegions(locale, COUNTRY_CODES), [locale]);
  const [makeDefault, setMakeDefault] = useState(false);
  const { values, set, form, formRef, onSubmit, pending, problem } = useEntryForm({
    fields: FIELDS,
    wrapper: 'address',
    initial: toValues(entry),
    entry,
    schema: addressInputSchema,
    toInput: (values) => ({ ...withoutEmpty(values), isDefault: makeDefault }),
    create: async (input) => (await buyerApi.addAddress(input)).address,
    update: async (id, version, input) => (await buyerApi.updateAddress(id, version, input)).address,
    reload: async (id) => (await buyerApi.addresses()).addresses.find((a) => a.id === id),
    onSaved,
  });
  const example = phoneExample(values.country);
  const field = (name: Field, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField
      label={t(`buyers.addresses.fields.${name}`)}
      name={name}
      value={values[name]}
      onChange={set(name)}
      error={form.fieldError(name)}
      {...extra}
    />
  );

  return (
    <EntryFormFrame
      formRef={formRef}
      onSubmit={onSubmit}
      testId="address-form"
      title={entry ? t('buyers.addresses.editTitle') : t('buyers.addresses.add')}
      problem={problem}
      formError={form.formError}
      makeDefault={
        entry?.isDefault
          ? undefined
          : { label: t('buyers.addresses.makeDefault'), checked: makeDefault, onChange: setMakeDefault }
      }
      pending={pending}
      onCancel={onCancel}
    >
      <div className="form-grid">
        {field('recipient', { required: true, maxLength: 100, autoComplete: 'name' })}
        {field('phone', {
          required: true,
          type: 'tel',
          autoComplete: 'tel',
          maxLength: 40,
          hint: example ? t('buyers.phoneHint', { example }) : t('buyers.phoneHintNoCountry'),
        })}
        <SelectField
          label={t('buyers.addresses.fields.country')}
          name="country"
          value={values.country}
          onChange={set('country')}
          error={form.fieldError('country')}
          placeholder={t('buyers.select')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
          required
        />
        {field('region', { maxLength: 100, hint: t('buyers.optional') })}
        {field('city', { required: true, maxLength: 100 })}
        {field('postalCode', { maxLength: 12, hint: t('buyers.optional'), autoComplete: 'postal-code' })}
      </div>
      {field('addressLine', { required: true, maxLength: 300, autoComplete: 'street-address' })}
    </EntryFormFrame>
  );
}
