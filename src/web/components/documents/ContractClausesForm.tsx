import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ARBITRATION_BODIES,
  type Contract,
  contractClausesSchema,
  GOVERNING_LAWS,
} from '../../../shared/schemas/documents.js';
import { documentApi, useDocumentChange } from '../../api/documents.js';
import { issueCode, useFieldErrors } from '../../hooks/useFieldErrors.js';
import { CheckboxField } from '../forms/CheckboxField.js';
import { FormAlert } from '../forms/FormAlert.js';
import { FormField } from '../forms/FormField.js';
import { SelectField } from '../forms/SelectField.js';
import { TextAreaField } from '../forms/TextAreaField.js';
import {
  CLAUSE_FIELDS,
  type ClauseField,
  type ClausesFormValues,
  clausesToForm,
  formToClauses,
} from './contractForm.js';
import { useServerDraft } from './useServerDraft.js';

/** The API names the clauses under `clauses.` (the request body); the form names them plainly. */
const ALIASES: Partial<Record<string, ClauseField>> = Object.fromEntries(
  CLAUSE_FIELDS.map((field) => [`clauses.${field}`, field]),
);

/**
 * The supplier "furnishes" the contract (guide 5.2): the open clauses, prefilled from the current
 * version. "Save" makes a new version (the old ones stay); "Confirm" (beside it) sends it to the buyer.
 */
export function ContractClausesForm({
  orderId,
  contract,
  onDirtyChange,
}: {
  orderId: string;
  contract: Contract;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const current = contract.versions.find((v) => v.versionNo === contract.currentVersionNo) ?? contract.versions[0];
  const incoming = useMemo(() => (current ? clausesToForm(current.clauses) : null), [current]);
  const form = useServerDraft<ClausesFormValues>(incoming ?? EMPTY);
  const errors = useFieldErrors(CLAUSE_FIELDS, ALIASES);
  const save = useDocumentChange(orderId, (clauses: Parameters<typeof documentApi.saveContract>[2]) =>
    documentApi.saveContract(orderId, contract.version, clauses),
  );
  const [saved, setSaved] = useState(false);
  useEffect(() => onDirtyChange(form.dirty), [form.dirty, onDirtyChange]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    errors.clear();
    setSaved(false);
    const parsed = contractClausesSchema.safeParse(formToClauses(form.values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = CLAUSE_FIELDS.find((f) => f === issue.path[0]);
        if (field) errors.setError(field, issueCode(issue.message));
      }
      errors.setFormProblem({ key: 'errors.VALIDATION_FAILED' });
      return;
    }
    try {
      await save.mutateAsync(parsed.data);
      setSaved(true);
    } catch (error) {
      errors.applyApiError(error);
    }
  };

  const v = form.values;
  const text = (name: 'signingPlace' | 'inspectionBody', max: number) => (
    <FormField
      label={t(`documents.clauses.${name}`)}
      name={name}
      required
      maxLength={max}
      value={v[name]}
      error={errors.fieldError(name)}
      onChange={(e) => form.set(name, e.target.value)}
    />
  );
  const whole = (name: 'claimPeriodDays' | 'warrantyMonths' | 'tolerancePercent') => (
    <FormField
      label={t(`documents.clauses.${name}`)}
      name={name}
      inputMode="numeric"
      autoComplete="off"
      required
      value={v[name]}
      error={errors.fieldError(name)}
      onChange={(e) => form.set(name, e.target.value)}
    />
  );

  return (
    <form className="form form-section" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="contract-form">
      <h5>{t('documents.clauses.title')}</h5>
      <p className="muted small">{t('documents.clauses.lead')}</p>
      {errors.formError ? <FormAlert tone="error">{errors.formError}</FormAlert> : null}
      {saved && !form.dirty ? (
        <FormAlert tone="success" testId="contract-saved">
          {t('documents.clauses.saved', { number: contract.currentVersionNo })}
        </FormAlert>
      ) : null}
      <div className="form-grid">
        {text('signingPlace', 100)}
        {text('inspectionBody', 200)}
        {whole('claimPeriodDays')}
        {whole('warrantyMonths')}
        {whole('tolerancePercent')}
        <SelectField
          label={t('documents.clauses.arbitrationBody')}
          name="arbitrationBody"
          required
          placeholder={t('documents.select')}
          value={v.arbitrationBody}
          options={ARBITRATION_BODIES.map((body) => ({ value: body, label: t(`documents.arbitration.${body}`) }))}
          error={errors.fieldError('arbitrationBody')}
          onChange={(e) => form.set('arbitrationBody', e.target.value as ClausesFormValues['arbitrationBody'])}
        />
        <SelectField
          label={t('documents.clauses.governingLaw')}
          name="governingLaw"
          required
          placeholder={t('documents.select')}
          value={v.governingLaw}
          options={GOVERNING_LAWS.map((law) => ({ value: law, label: t(`documents.law.${law}`) }))}
          error={errors.fieldError('governingLaw')}
          onChange={(e) => form.set('governingLaw', e.target.value as ClausesFormValues['governingLaw'])}
        />
      </div>
      <CheckboxField
        name="partialShipments"
        checked={v.partialShipments}
        onChange={(e) => form.set('partialShipments', e.target.checked)}
      >
        {t('documents.clauses.partialShipments')}
      </CheckboxField>
      <CheckboxField
        name="transhipment"
        checked={v.transhipment}
        onChange={(e) => form.set('transhipment', e.target.checked)}
      >
        {t('documents.clauses.transhipment')}
      </CheckboxField>
      <TextAreaField
        label={t('documents.clauses.packaging')}
        name="packaging"
        required
        rows={3}
        maxLength={1000}
        value={v.packaging}
        error={errors.fieldError('packaging')}
        onChange={(e) => form.set('packaging', e.target.value)}
      />
      <TextAreaField
        label={t('documents.clauses.shippingMarks')}
        name="shippingMarks"
        rows={3}
        maxLength={500}
        value={v.shippingMarks}
        error={errors.fieldError('shippingMarks')}
        onChange={(e) => form.set('shippingMarks', e.target.value)}
      />
      <TextAreaField
        label={t('documents.clauses.extraTerms')}
        name="extraTerms"
        rows={4}
        maxLength={4000}
        value={v.extraTerms}
        error={errors.fieldError('extraTerms')}
        onChange={(e) => form.set('extraTerms', e.target.value)}
      />
      <div className="form-actions">
        {form.dirty ? <span className="muted small">{t('documents.unsaved')}</span> : null}
        <button type="submit" className="btn btn-ghost" disabled={save.isPending} data-testid="contract-save">
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

const EMPTY: ClausesFormValues = {
  signingPlace: '',
  packaging: '',
  shippingMarks: '',
  inspectionBody: '',
  claimPeriodDays: '',
  warrantyMonths: '',
  tolerancePercent: '',
  partialShipments: false,
  transhipment: false,
  arbitrationBody: '',
  governingLaw: '',
  extraTerms: '',
};
