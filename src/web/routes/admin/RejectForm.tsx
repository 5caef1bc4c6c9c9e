import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REJECTION_CODES, type Application, type RejectionReason } from '../../../shared/schemas/suppliers.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { SelectField } from '../../components/forms/SelectField.js';
import { TextAreaField } from '../../components/forms/TextAreaField.js';
import { FormField } from '../../components/forms/FormField.js';
import { useRejectionTargets } from './targets.js';

interface Row {
  key: number;
  target: string;
  code: RejectionReason['code'] | '';
  note: string;
}

let nextKey = 1;
const emptyRow = (target = 'general'): Row => ({ key: nextKey++, target, code: '', note: '' });

/** "Reject": one or more reasons, each pointing at a field, a material or the whole application. */
export function RejectForm({
  application,
  busy,
  onCancel,
  onReject,
}: {
  application: Application;
  busy: boolean;
  onCancel: () => void;
  onReject: (input: { reasons: RejectionReason[]; note?: string }) => void;
}) {
  const { t } = useTranslation();
  const targets = useRejectionTargets(application);
  const [rows, setRows] = useState<Row[]>(() => [emptyRow()]);
  const [note, setNote] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  const update = (key: number, patch: Partial<Row>) =>
    setRows((prev) => prev.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (rows.some((r) => !r.code)) {
      setShowErrors(true);
      return;
    }
    onReject({
      reasons: rows.map((r) => ({
        target: r.target,
        code: r.code as RejectionReason['code'],
        ...(r.note.trim() ? { note: r.note.trim() } : {}),
      })),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };

  return (
    <form className="form card reject-form" onSubmit={onSubmit} noValidate data-testid="reject-form">
      <h2>{t('review.reject.title')}</h2>
      {showErrors && rows.some((r) => !r.code) ? (
        <FormAlert tone="error">{t('errors.VALIDATION_FAILED')}</FormAlert>
      ) : null}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="reason-row" data-testid="reason-row">
          <legend>{t('review.reject.reasonNumber', { number: i + 1 })}</legend>
          <SelectField
            label={t('review.reject.target')}
            name={`target-${row.key}`}
            value={row.target}
            onChange={(e) => update(row.key, { target: e.target.value })}
          >
            {targets.map((target) => (
              <option key={target.value} value={target.value}>
                {target.label}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('review.reject.code')}
            name={`code-${row.key}`}
            value={row.code}
            required
            error={showErrors && !row.code ? t('validation.required') : undefined}
            onChange={(e) => update(row.key, { code: e.target.value as Row['code'] })}
          >
            <option value="">{t('supplierAuth.choose')}</option>
            {REJECTION_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`supplier.rejectionCodes.${code}`)}
              </option>
            ))}
          </SelectField>
          <FormField
            label={t('review.reject.note')}
            name={`note-${row.key}`}
            maxLength={1000}
            value={row.note}
            onChange={(e) => update(row.key, { note: e.target.value })}
          />
          {rows.length > 1 ? (
            <button
              type="button"
              className="btn btn-ghost btn-small"
              onClick={() => setRows((prev) => prev.filter((r) => r.key !== row.key))}
            >
              {t('review.reject.removeReason')}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button type="button" className="btn btn-ghost" onClick={() => setRows((prev) => [...prev, emptyRow()])}>
        {t('review.reject.addReason')}
      </button>
      <TextAreaField
        label={t('review.reject.overallNote')}
        name="note"
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="wizard-nav">
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('review.reject.cancel')}
        </button>
        <button type="submit" className="btn btn-danger" disabled={busy}>
          {t('review.reject.confirm')}
        </button>
      </div>
    </form>
  );
}
