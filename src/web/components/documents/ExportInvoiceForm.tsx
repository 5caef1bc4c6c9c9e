import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ExportInvoice,
  type ExportInvoiceFields,
  exportInvoiceFieldsSchema,
  PACKAGE_KINDS,
} from '../../../shared/schemas/documents.js';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { documentApi, useDocumentChange } from '../../api/documents.js';
import { issueCode, useFieldErrors } from '../../hooks/useFieldErrors.js';
import { FormAlert } from '../forms/FormAlert.js';
import { FormField } from '../forms/FormField.js';
import { SelectField } from '../forms/SelectField.js';
import { TextAreaField } from '../forms/TextAreaField.js';
import { useOrderFormat } from '../orders/useOrderFormat.js';
import {
  type ExportFormValues,
  exportFieldsToForm,
  formToExportFields,
  issueKey,
  type PackageKind,
  type PackingFormLine,
} from './exportInvoiceForm.js';
import { useServerDraft } from './useServerDraft.js';

const TOP = ['portOfLoading', 'portOfDestination', 'vesselOrFlight', 'shippingMarks', 'packing'] as const;
const LINE = ['packages', 'packageKind', 'netWeightKg', 'grossWeightKg', 'volumeCbm'] as const;
type LineField = (typeof LINE)[number];

/**
 * The supplier corrects what the order does not fix (guide 5.3.2: ports, vessel or flight,
 * shipping marks, packages and weights per line). "Save" makes a new draft version; typing is
 * never replaced by an answer (useServerDraft).
 */
export function ExportInvoiceForm({
  order,
  invoice,
  current,
  onDirtyChange,
}: {
  order: OrderDetail;
  invoice: ExportInvoice;
  current: ExportInvoice['versions'][number];
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const of = useOrderFormat();
  const positions = useMemo(() => order.lines.map((line) => line.position), [order.lines]);
  const incoming = useMemo(() => exportFieldsToForm(current.fields, positions), [current, positions]);
  const form = useServerDraft<ExportFormValues>(incoming);
  const { fields, aliases } = useMemo(() => {
    const keys: string[] = [...TOP];
    positions.forEach((_, index) => LINE.forEach((field) => keys.push(`packing.${index}.${field}`)));
    return { fields: keys, aliases: Object.fromEntries(keys.map((key) => [`fields.${key}`, key])) };
  }, [positions]);
  const errors = useFieldErrors(fields, aliases);
  const [saved, setSaved] = useState(false);
  const save = useDocumentChange(order.id, (input: ExportInvoiceFields) =>
    documentApi.saveExportInvoice(order.id, invoice.version, input),
  );
  useEffect(() => onDirtyChange(form.dirty), [form.dirty, onDirtyChange]);

  const setLine = (index: number, field: LineField, value: string) =>
    form.set(
      'packing',
      form.values.packing.map((line, i) => (i === index ? { ...line, [field]: value } : line)) as PackingFormLine[],
    );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    errors.clear();
    setSaved(false);
    const parsed = exportInvoiceFieldsSchema.safeParse(formToExportFields(form.values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issueKey(issue.path);
        if (fields.includes(key)) errors.setError(key, issueCode(issue.message));
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
  const top = (name: 'portOfLoading' | 'portOfDestination' | 'vesselOrFlight') => (
    <FormField
      label={t(`documents.export.${name}`)}
      name={name}
      required={name !== 'vesselOrFlight'}
      maxLength={100}
      value={v[name]}
      error={errors.fieldError(name)}
      onChange={(e) => form.set(name, e.target.value)}
    />
  );

  return (
    <form className="form form-section" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="export-invoice-form">
      <h5>{t('documents.export.edit')}</h5>
      {errors.formError ? <FormAlert tone="error">{errors.formError}</FormAlert> : null}
      {saved && !form.dirty ? (
        <FormAlert tone="success" testId="export-invoice-saved">
          {t('documents.clauses.saved', { number: invoice.currentVersionNo })}
        </FormAlert>
      ) : null}
      <div className="form-grid">
        {top('portOfLoading')}
        {top('portOfDestination')}
        {top('vesselOrFlight')}
      </div>
      <TextAreaField
        label={t('documents.export.shippingMarks')}
        name="shippingMarks"
        required
        rows={3}
        maxLength={500}
        value={v.shippingMarks}
        error={errors.fieldError('shippingMarks')}
        onChange={(e) => form.set('shippingMarks', e.target.value)}
      />
      <fieldset className="documents-packing">
        <legend>{t('documents.export.packing')}</legend>
        {v.packing.map((line, index) => {
          const orderLine = order.lines.find((l) => l.position === line.position);
          const name = orderLine ? of.lineName(orderLine.snapshot.names) : String(line.position);
          const field = (key: Exclude<LineField, 'packageKind'>, inputMode: 'numeric' | 'decimal') => (
            <FormField
              label={t(`documents.export.${key}`)}
              name={`packing.${index}.${key}`}
              inputMode={inputMode}
              autoComplete="off"
              required
              aria-description={name}
              value={line[key]}
              error={errors.fieldError(`packing.${index}.${key}`)}
              onChange={(e) => setLine(index, key, e.target.value)}
            />
          );
          return (
            <div key={line.position} className="documents-packing-line" data-testid="packing-line">
              <p className="documents-packing-name">
                {of.number(line.position)}. {name}
                {orderLine ? (
                  <span className="muted small">
                    {' '}
                    × {of.number(orderLine.quantity)} {orderLine.snapshot.unit}
                  </span>
                ) : null}
              </p>
              <div className="form-grid">
                {field('packages', 'numeric')}
                <SelectField
                  label={t('documents.export.packageKind')}
                  name={`packing.${index}.packageKind`}
                  value={line.packageKind}
                  options={PACKAGE_KINDS.map((kind) => ({ value: kind, label: t(`documents.packageKinds.${kind}`) }))}
                  error={errors.fieldError(`packing.${index}.packageKind`)}
                  onChange={(e) => setLine(index, 'packageKind', e.target.value as PackageKind)}
                />
                {field('netWeightKg', 'decimal')}
                {field('grossWeightKg', 'decimal')}
                {field('volumeCbm', 'decimal')}
              </div>
            </div>
          );
        })}
        {errors.fieldError('packing') ? <p className="field-error">{errors.fieldError('packing')}</p> : null}
      </fieldset>
      <div className="form-actions">
        {form.dirty ? <span className="muted small">{t('documents.unsaved')}</span> : null}
        <button type="submit" className="btn btn-ghost" disabled={save.isPending} data-testid="export-invoice-save">
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
