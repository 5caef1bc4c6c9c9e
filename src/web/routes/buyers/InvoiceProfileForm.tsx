import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVOICE_TYPES, invoiceProfileInputSchema, type InvoiceProfile } from '../../../shared/schemas/buyers.js';
import { buyerApi } from '../../api/buyers.js';
import { FormField } from '../../components/forms/FormField.js';
import { SelectField } from '../../components/forms/SelectField.js';
import type { EntryFormProps } from './EntryBook.js';
import { EntryFormFrame } from './EntryFormFrame.js';
import { withoutEmpty } from './formSupport.js';
import { useEntryForm } from './useEntryForm.js';

const FIELDS = [
  'invoiceType',
  'title',
  'taxpayerId',
  'registeredAddress',
  'registeredPhone',
  'bankName',
  'bankAccount',
] as const;
type Field = (typeof FIELDS)[number];

const toValues = (p?: InvoiceProfile): Record<Field, string> => ({
  invoiceType: p?.invoiceType ?? 'ordinary',
  title: p?.title ?? '',
  taxpayerId: p?.taxpayerId ?? '',
  registeredAddress: p?.registeredAddress ?? '',
  registeredPhone: p?.registeredPhone ?? '',
  bankName: p?.bankName ?? '',
  bankAccount: p?.bankAccount ?? '',
});

/** Add or edit an invoice profile; a special VAT invoice also needs address, phone, bank and account. */
export function InvoiceProfileForm({ entry, onSaved, onCancel }: EntryFormProps<InvoiceProfile>) {
  const { t } = useTranslation();
  const [makeDefault, setMakeDefault] = useState(false);
  const { values, set, form, formRef, onSubmit, pending, problem } = useEntryForm({
    fields: FIELDS,
    wrapper: 'profile',
    initial: toValues(entry),
    entry,
    schema: invoiceProfileInputSchema,
    toInput: (values) => ({ ...withoutEmpty(values), isDefault: makeDefault }),
    create: async (input) => (await buyerApi.addInvoiceProfile(input)).profile,
    update: async (id, version, input) => (await buyerApi.updateInvoiceProfile(id, version, input)).profile,
    reload: async (id) => (await buyerApi.invoiceProfiles()).profiles.find((p) => p.id === id),
    onSaved,
  });
  const special = values.invoiceType === 'special_vat';
  const field = (name: Field, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField
      label={t(`buyers.invoiceProfiles.fields.${name}`)}
      name={name}
      value={values[name]}
      onChange={set(name)}
      error={form.fieldError(name)}
      {...extra}
    />
  );
  /** Required for a special VAT invoice, optional for an ordinary one. */
  const vatOnly = { required: special, hint: special ? undefined : t('buyers.optional') };

  return (
    <EntryFormFrame
      formRef={formRef}
      onSubmit={onSubmit}
      testId="invoice-profile-form"
      title={entry ? t('buyers.invoiceProfiles.editTitle') : t('buyers.invoiceProfiles.add')}
      problem={problem}
      formError={form.formError}
      makeDefault={
        entry?.isDefault
          ? undefined
          : { label: t('buyers.invoiceProfiles.makeDefault'), checked: makeDefault, onChange: setMakeDefault }
      }
      pending={pending}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <SelectField
          label={t('buyers.invoiceProfiles.fields.invoiceType')}
          name="invoiceType"
          value={values.invoiceType}
          onChange={set('invoiceType')}
          error={form.fieldError('invoiceType')}
          options={INVOICE_TYPES.map((type) => ({ value: type, label: t(`buyers.invoiceTypes.${type}`) }))}
          required
        />
        {field('title', { required: true, maxLength: 200, hint: t('buyers.invoiceProfiles.titleHint') })}
        {field('taxpayerId', {
          required: true,
          maxLength: 20,
          spellCheck: false,
          autoCapitalize: 'characters',
          hint: t('buyers.invoiceProfiles.taxpayerIdHint'),
        })}
        {field('registeredPhone', { ...vatOnly, type: 'tel', maxLength: 40 })}
        {field('bankName', { ...vatOnly, maxLength: 100 })}
        {field('bankAccount', { ...vatOnly, inputMode: 'numeric', maxLength: 40, spellCheck: false })}
      </div>
      {field('registeredAddress', { ...vatOnly, maxLength: 300 })}
    </EntryFormFrame>
  );
}
