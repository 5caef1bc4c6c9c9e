import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/FormAlert.js';
import { TextAreaField } from '../forms/TextAreaField.js';
import { type ReasonDraft, ReasonFieldset } from './ReasonFieldset.js';
import type { Option, Reason, RejectInput } from './types.js';

/** The texts that name what is rejected ("Reject the application" / "… the brand"), already translated. */
export interface RejectFormLabels {
  title: string;
  /** The label of each reason's note, which says who reads it (the applicant, the supplier). */
  reasonNote: string;
  confirm: string;
}

/** What a console tells the form: what reasons may concern, the codes to choose from, its wording. */
export interface RejectFormContent<Code extends string> {
  /** The first reason starts on "general" (the submission as a whole), so this list should hold it. */
  targets: readonly Option[];
  codes: readonly Option<Code>[];
  labels: RejectFormLabels;
}

// Both APIs call a reason about the whole submission "general".
const GENERAL = 'general';
// Drafts need keys that survive removing one from the middle; a counter is enough within a page.
let nextKey = 1;
const emptyDraft = <Code extends string>(): ReasonDraft<Code> => ({
  key: nextKey++,
  target: GENERAL,
  code: '',
  note: '',
});

/** "Reject": one or more coded reasons, each about a part of the submission or the whole, and a note. */
export function RejectReasonsForm<Code extends string>({
  targets,
  codes,
  labels,
  busy,
  onCancel,
  onReject,
}: RejectFormContent<Code> & {
  busy: boolean;
  onCancel: () => void;
  onReject: (input: RejectInput<Code>) => void;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<ReasonDraft<Code>[]>(() => [emptyDraft<Code>()]);
  const [note, setNote] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  const update = (key: number, patch: Partial<ReasonDraft<Code>>) =>
    setDrafts((prev) => prev.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const remove = (key: number) => setDrafts((prev) => prev.filter((d) => d.key !== key));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const reasons: Reason<Code>[] = [];
    for (const draft of drafts) {
      if (draft.code === '') {
        setShowErrors(true);
        return;
      }
      const reasonNote = draft.note.trim();
      reasons.push({ target: draft.target, code: draft.code, ...(reasonNote ? { note: reasonNote } : {}) });
    }
    onReject({ reasons, ...(note.trim() ? { note: note.trim() } : {}) });
  };

  return (
    <form className="form card reject-form" onSubmit={onSubmit} noValidate data-testid="reject-form">
      <h2>{labels.title}</h2>
      {showErrors && drafts.some((d) => !d.code) ? (
        <FormAlert tone="error">{t('errors.VALIDATION_FAILED')}</FormAlert>
      ) : null}
      {drafts.map((draft, i) => (
        <ReasonFieldset
          key={draft.key}
          draft={draft}
          number={i + 1}
          targets={targets}
          codes={codes}
          noteLabel={labels.reasonNote}
          showErrors={showErrors}
          onChange={(patch) => update(draft.key, patch)}
          onRemove={drafts.length > 1 ? () => remove(draft.key) : undefined}
        />
      ))}
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => setDrafts((prev) => [...prev, emptyDraft<Code>()])}
      >
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
          {labels.confirm}
        </button>
      </div>
    </form>
  );
}
