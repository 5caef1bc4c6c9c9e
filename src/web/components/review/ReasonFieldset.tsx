import { useTranslation } from 'react-i18next';
import { FormField } from '../forms/FormField.js';
import { SelectField } from '../forms/SelectField.js';
import type { Option } from './types.js';

/** One reason being written: `code` is '' until staff pick one. */
export interface ReasonDraft<Code extends string> {
  key: number;
  target: string;
  code: Code | '';
  note: string;
}

/** "Reason n": what it concerns, the coded reason, a note for the submitter, and "Remove" when not alone. */
export function ReasonFieldset<Code extends string>({
  draft,
  number,
  targets,
  codes,
  noteLabel,
  showErrors,
  onChange,
  onRemove,
}: {
  draft: ReasonDraft<Code>;
  number: number;
  targets: readonly Option[];
  codes: readonly Option<Code>[];
  noteLabel: string;
  showErrors: boolean;
  onChange: (patch: Partial<ReasonDraft<Code>>) => void;
  /** Absent for the only reason: a rejection needs at least one. */
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  // The <select> hands back a plain string; only values from `codes` (or '') can be chosen.
  const codeOf = (value: string) => codes.find((c) => c.value === value)?.value ?? '';
  return (
    <fieldset className="reason-row" data-testid="reason-row">
      <legend>{t('review.reject.reasonNumber', { number })}</legend>
      <SelectField
        label={t('review.reject.target')}
        name={`target-${draft.key}`}
        value={draft.target}
        onChange={(e) => onChange({ target: e.target.value })}
        options={targets}
      />
      <SelectField
        label={t('review.reject.code')}
        name={`code-${draft.key}`}
        value={draft.code}
        required
        error={showErrors && !draft.code ? t('validation.required') : undefined}
        onChange={(e) => onChange({ code: codeOf(e.target.value) })}
        placeholder={t('supplierAuth.choose')}
        options={codes}
      />
      <FormField
        label={noteLabel}
        name={`note-${draft.key}`}
        maxLength={1000}
        value={draft.note}
        onChange={(e) => onChange({ note: e.target.value })}
      />
      {onRemove ? (
        <button type="button" className="btn btn-ghost btn-small" onClick={onRemove}>
          {t('review.reject.removeReason')}
        </button>
      ) : null}
    </fieldset>
  );
}
