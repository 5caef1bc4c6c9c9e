import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrderDetail, orderPaymentRequestSchema, PAYMENT_KINDS } from '../../../../shared/schemas/orders.js';
import type { FileInfo } from '../../../../shared/schemas/suppliers.js';
import { isDecimal } from '../../../../shared/money.js';
import { ApiError } from '../../../api/client.js';
import { useRecordPayment } from '../../../api/orders.js';
import type { UploadPurpose } from '../../../api/upload.js';
import { FormAlert } from '../../../components/forms/FormAlert.js';
import { FormField } from '../../../components/forms/FormField.js';
import { SelectField } from '../../../components/forms/SelectField.js';
import { useOrderFormat } from '../../../components/orders/useOrderFormat.js';
import { FileCard } from '../../../components/upload/FileCard.js';
import { DOCUMENT_ACCEPT } from '../../../components/upload/accept.js';
import { UploadButton } from '../../../components/upload/UploadButton.js';
import { issueCode, useFieldErrors } from '../../../hooks/useFieldErrors.js';
import { today } from './dates.js';

const FIELDS = ['kind', 'amount', 'receivedOn', 'proofFileId'] as const;
type Kind = (typeof PAYMENT_KINDS)[number];

/** A bank slip or receipt (PDF or picture), private to the supplier and staff (files module). */
export const PAYMENT_PROOF_PURPOSE: UploadPurpose = 'payment_proof';

/** The server's amounts in an error ("payments_exceed_total": total, paid) written as money. */
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

/** "Record payment": deposit, balance or other; amount in the order's currency; date; optional proof. */
export function PaymentForm({ order, onRecorded }: { order: OrderDetail; onRecorded: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const record = useRecordPayment(order.id);
  const [kind, setKind] = useState<Kind>(order.payments.length === 0 ? 'deposit' : 'balance');
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(today);
  const [proof, setProof] = useState<FileInfo | null>(null);
  const errors = useFieldErrors(FIELDS);
  const { money } = useOrderFormat();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    errors.clear();
    const input = {
      kind,
      amount: amount.normalize('NFKC').trim(),
      receivedOn,
      proofFileId: proof?.id,
    };
    const parsed = orderPaymentRequestSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELDS.find((f) => f === issue.path[0]);
        if (field) errors.setError(field, issueCode(issue.message));
      }
      return;
    }
    try {
      await record.mutateAsync(parsed.data);
      setAmount('');
      setProof(null);
      setKind('balance');
      onRecorded();
    } catch (error) {
      errors.applyApiError(withMoneyParams(error, (amount) => money(amount, order.currency)));
    }
  };

  return (
    <section className="supplier-order-section" aria-labelledby={titleId} data-testid="payments">
      <h3 id={titleId}>{t('orderSupplier.payment.title')}</h3>
      <form className="form form-section" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="payment-form">
        <h4>{t('orderSupplier.payment.record')}</h4>
        {errors.formError ? <FormAlert tone="error">{errors.formError}</FormAlert> : null}
        <div className="form-grid">
          <SelectField
            label={t('orderSupplier.payment.kind')}
            name="kind"
            value={kind}
            options={PAYMENT_KINDS.map((k) => ({ value: k, label: t(`orderSupplier.paymentKinds.${k}`) }))}
            error={errors.fieldError('kind')}
            onChange={(e) => setKind(e.target.value as Kind)}
          />
          <FormField
            label={t('orderSupplier.payment.amount', { currency: order.currency })}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            required
            value={amount}
            error={errors.fieldError('amount')}
            onChange={(e) => setAmount(e.target.value)}
          />
          <FormField
            label={t('orderSupplier.payment.receivedOn')}
            name="receivedOn"
            type="date"
            required
            value={receivedOn}
            error={errors.fieldError('receivedOn')}
            onChange={(e) => setReceivedOn(e.target.value)}
          />
        </div>
        <div className="field" data-testid="payment-proof">
          <span className="field-label">{t('orderSupplier.payment.proof')}</span>
          {proof ? <FileCard file={proof} onRemove={() => setProof(null)} testId="payment-proof-file" /> : null}
          <UploadButton
            label={proof ? t('orderSupplier.payment.replaceProof') : t('orderSupplier.payment.uploadProof')}
            purpose={PAYMENT_PROOF_PURPOSE}
            accept={DOCUMENT_ACCEPT}
            testId="upload-payment-proof"
            onUploaded={(file) => setProof(file)}
          />
          <p className="field-hint">{t('orderSupplier.payment.proofHint')}</p>
          {errors.fieldError('proofFileId') ? (
            <p className="field-error" data-testid="field-error">
              {errors.fieldError('proofFileId')}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={record.isPending} data-testid="record-payment">
            {t('orderSupplier.actions.recordPayment')}
          </button>
        </div>
      </form>
    </section>
  );
}
