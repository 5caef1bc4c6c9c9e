import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVOICE_TYPES } from '../../../shared/schemas/buyers.js';
import {
  type DomesticInvoiceRecord,
  domesticInvoiceRecordSchema,
  type OrderDocuments,
  VAT_RATES,
} from '../../../shared/schemas/documents.js';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import { isDecimal } from '../../../shared/money.js';
import { ApiError } from '../../api/client.js';
import { documentApi, useDocumentChange } from '../../api/documents.js';
import { issueCode, useFieldErrors } from '../../hooks/useFieldErrors.js';
import { today } from '../../routes/orders/supplier/dates.js';
import { FormAlert } from '../forms/FormAlert.js';
import { FormField } from '../forms/FormField.js';
import { SelectField } from '../forms/SelectField.js';
import { useOrderFormat } from '../orders/useOrderFormat.js';
import { FileCard } from '../upload/FileCard.js';
import { UploadButton } from '../upload/UploadButton.js';
import { type InvoiceFormValues, toInvoiceRecord, totalsAgree, withComputedTax } from './domesticInvoiceForm.js';

const FIELDS = [
  'invoiceNumber',
  'invoiceCode',
  'issuedOn',
  'invoiceType',
  'amountExclTax',
  'taxRate',
  'taxAmount',
  'totalAmount',
  'kind',
  'fileId',
] as const;
type Field = (typeof FIELDS)[number];

/** An invoice as issued by the tax system: PDF, OFD (stored as uploaded, offered as a download) or a picture. */
const INVOICE_ACCEPT = '.pdf,.ofd,.jpg,.jpeg,.png';

/** INVOICE_AMOUNT_MISMATCH's reasons that are about what is left to invoice (the others name a field's sum). */
const AGAINST_REMAINING = new Set(['invoice_total_not_remaining', 'invoice_partial_too_large', 'invoice_fully_issued']);

/** The server's amounts in an error's params ("expected", "remaining") written as money. */
function withMoneyParams(error: unknown, money: (amount: string) => string): unknown {
  if (!(error instanceof ApiError) || !error.body.details) return error;
  const details = error.body.details.map((d) => ({
    ...d,
    params: d.params
      ? Object.fromEntries(
          Object.entries(d.params).map(([k, v]) => [k, typeof v === 'string' && isDecimal(v) ? money(v) : v]),
        )
      : undefined,
  }));
  return new ApiError(error.status, { ...error.body, details }, error.retryAfterSeconds);
}

function initial(domestic: NonNullable<OrderDocuments['domestic']>): InvoiceFormValues {
  return {
    invoiceNumber: '',
    invoiceCode: '',
    issuedOn: today(),
    invoiceType: domestic.invoiceProfile?.invoiceType ?? 'ordinary',
    amountExclTax: '',
    taxRate: '13',
    taxAmount: '',
    totalAmount: '',
    kind: 'full',
  };
}

/**
 * "Record invoice" (guide 5.3.1): the supplier issued the invoice in its own tax system and records
 * it here with the file. Tax and total are offered from amount and rate (exact) but stay editable;
 * a total that does not match what is left to invoice is refused by the server with the reason.
 */
export function DomesticInvoiceForm({
  order,
  domestic,
  onRecorded,
}: {
  order: OrderDetail;
  domestic: NonNullable<OrderDocuments['domestic']>;
  /** Told the number once recorded (the panel says so: the form goes away when nothing is left to invoice). */
  onRecorded: (invoiceNumber: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const of = useOrderFormat();
  const money = (amount: string) => of.money(amount, order.currency);
  const [values, setValues] = useState(() => initial(domestic));
  const [edited, setEdited] = useState({ taxAmount: false, totalAmount: false });
  const [file, setFile] = useState<FileInfo | null>(null);
  const errors = useFieldErrors(FIELDS);
  const record = useDocumentChange(order.id, (input: DomesticInvoiceRecord) =>
    documentApi.recordInvoice(order.id, input),
  );

  /** Amount or rate changed: tax and total follow, unless the person typed them. */
  const setBasis = (patch: Partial<InvoiceFormValues>) =>
    setValues((prev) => withComputedTax({ ...prev, ...patch }, edited));
  const setTyped = (field: 'taxAmount' | 'totalAmount', value: string) => {
    setEdited((prev) => ({ ...prev, [field]: true }));
    setValues((prev) => ({ ...prev, [field]: value }));
  };
  const compute = () => {
    setEdited({ taxAmount: false, totalAmount: false });
    setValues((prev) => withComputedTax(prev, { taxAmount: false, totalAmount: false }));
  };
  const set = (field: Exclude<Field, 'fileId'>, value: string) => setValues((prev) => ({ ...prev, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    errors.clear();
    const parsed = domesticInvoiceRecordSchema.safeParse(toInvoiceRecord(values, file?.id));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELDS.find((f) => f === issue.path[0]);
        if (field) errors.setError(field, issueCode(issue.message));
      }
      errors.setFormProblem({ key: 'errors.VALIDATION_FAILED' });
      return;
    }
    try {
      await record.mutateAsync(parsed.data);
      onRecorded(parsed.data.invoiceNumber);
      setValues(initial(domestic));
      setEdited({ taxAmount: false, totalAmount: false });
      setFile(null);
    } catch (error) {
      errors.applyApiError(withMoneyParams(error, money));
      const detail =
        error instanceof ApiError ? error.body.details?.find((d) => AGAINST_REMAINING.has(d.code)) : undefined;
      if (detail) {
        // The reason, with the amount still to invoice (the server's figure, else the section's).
        const sent = detail.params?.remaining;
        const remaining = typeof sent === 'string' && isDecimal(sent) ? sent : domestic.remaining;
        errors.setFormProblem({ key: 'documents.invoices.mismatch', params: { remaining: money(remaining) } });
      }
    }
  };

  return (
    <form
      className="form form-section"
      aria-labelledby={titleId}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      data-testid="invoice-form"
    >
      <h5 id={titleId}>{t('documents.invoices.record')}</h5>
      <p className="muted small">{t('documents.invoices.recordLead', { remaining: money(domestic.remaining) })}</p>
      {errors.formError ? (
        <FormAlert tone="error" testId="invoice-form-error">
          {errors.formError}
        </FormAlert>
      ) : null}
      <div className="form-grid">
        <FormField
          label={t('documents.invoices.number')}
          name="invoiceNumber"
          required
          autoComplete="off"
          maxLength={40}
          value={values.invoiceNumber}
          error={errors.fieldError('invoiceNumber')}
          onChange={(e) => set('invoiceNumber', e.target.value)}
        />
        <FormField
          label={t('documents.invoices.code')}
          hint={t('documents.invoices.codeHint')}
          name="invoiceCode"
          autoComplete="off"
          maxLength={20}
          value={values.invoiceCode}
          error={errors.fieldError('invoiceCode')}
          onChange={(e) => set('invoiceCode', e.target.value)}
        />
        <FormField
          label={t('documents.invoices.issuedOn')}
          name="issuedOn"
          type="date"
          required
          value={values.issuedOn}
          error={errors.fieldError('issuedOn')}
          onChange={(e) => set('issuedOn', e.target.value)}
        />
        <SelectField
          label={t('orders.invoice.type')}
          name="invoiceType"
          value={values.invoiceType}
          options={INVOICE_TYPES.map((type) => ({ value: type, label: t(`orders.invoice.types.${type}`) }))}
          error={errors.fieldError('invoiceType')}
          onChange={(e) => set('invoiceType', e.target.value)}
        />
        <SelectField
          label={t('documents.invoices.kind')}
          name="kind"
          value={values.kind}
          options={(['full', 'partial'] as const).map((kind) => ({
            value: kind,
            label: t(`documents.invoices.kinds.${kind}`),
          }))}
          error={errors.fieldError('kind')}
          onChange={(e) => set('kind', e.target.value)}
        />
        <FormField
          label={t('documents.invoices.amountExclTaxIn', { currency: order.currency })}
          name="amountExclTax"
          inputMode="decimal"
          autoComplete="off"
          required
          value={values.amountExclTax}
          error={errors.fieldError('amountExclTax')}
          onChange={(e) => setBasis({ amountExclTax: e.target.value })}
        />
        <SelectField
          label={t('documents.invoices.taxRate')}
          name="taxRate"
          value={values.taxRate}
          options={VAT_RATES.map((rate) => ({ value: rate, label: of.percent(Number(rate)) }))}
          error={errors.fieldError('taxRate')}
          onChange={(e) => setBasis({ taxRate: e.target.value as InvoiceFormValues['taxRate'] })}
        />
        <FormField
          label={t('documents.invoices.taxAmountIn', { currency: order.currency })}
          name="taxAmount"
          inputMode="decimal"
          autoComplete="off"
          required
          value={values.taxAmount}
          error={errors.fieldError('taxAmount')}
          onChange={(e) => setTyped('taxAmount', e.target.value)}
        />
        <FormField
          label={t('documents.invoices.totalAmountIn', { currency: order.currency })}
          name="totalAmount"
          inputMode="decimal"
          autoComplete="off"
          required
          value={values.totalAmount}
          error={errors.fieldError('totalAmount')}
          onChange={(e) => setTyped('totalAmount', e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-ghost btn-small" data-testid="invoice-compute" onClick={compute}>
          {t('documents.invoices.compute')}
        </button>
        {!totalsAgree(values) ? (
          <span className="field-hint" role="status" data-testid="invoice-totals-differ">
            {t('documents.invoices.totalsDiffer')}
          </span>
        ) : null}
      </div>
      <div className="field" data-testid="invoice-file">
        <span className="field-label">{t('documents.invoices.file')}</span>
        {file ? <FileCard file={file} onRemove={() => setFile(null)} testId="invoice-file-card" /> : null}
        <UploadButton
          label={file ? t('documents.invoices.replaceFile') : t('documents.invoices.uploadFile')}
          purpose="domestic_invoice"
          accept={INVOICE_ACCEPT}
          testId="upload-invoice-file"
          onUploaded={(info) => setFile(info)}
        />
        <p className="field-hint">{t('documents.invoices.fileHint')}</p>
        {errors.fieldError('fileId') ? (
          <p className="field-error" data-testid="field-error">
            {errors.fieldError('fileId')}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={record.isPending} data-testid="invoice-record">
          {t('documents.invoices.recordButton')}
        </button>
      </div>
    </form>
  );
}
