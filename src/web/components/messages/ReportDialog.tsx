import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_REASONS } from '../../../shared/schemas/messages.js';
import { messageErrorText } from './messageError.js';
import { messagesApi, type ReportReason } from '../../api/messages.js';
import { useModalDialog } from '../../hooks/useModalDialog.js';

/** "Report": a reason (a comment is required for "Other") sent to the staff queue. */
export function ReportDialog({
  conversationId,
  open,
  onClose,
  onReported,
}: {
  conversationId: string;
  open: boolean;
  onClose: () => void;
  onReported: () => void;
}) {
  const { t } = useTranslation();
  const ref = useModalDialog(open);
  const ids = useId();
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const commentRequired = reason === 'other';
  const commentMissing = commentRequired && !comment.trim();

  const submit = async () => {
    if (!reason || commentMissing) {
      setError(t(reason ? 'messages.report.commentRequired' : 'messages.report.reasonRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await messagesApi.report(conversationId, { reason, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      onReported();
    } catch (reasonError) {
      setError(messageErrorText(t, reasonError));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${ids}title`}
      data-testid="report-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      {/* noValidate: the translated message below explains a missing comment, not the browser's bubble. */}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${ids}title`}>{t('messages.report.title')}</h2>
        <fieldset className="field">
          <legend className="field-label">{t('messages.report.reason')}</legend>
          {REPORT_REASONS.map((r) => (
            <label key={r} className="radio">
              <input
                type="radio"
                name={`${ids}reason`}
                value={r}
                checked={reason === r}
                onChange={() => setReason(r)}
                data-testid={`report-reason-${r}`}
              />{' '}
              {t(`messages.report.reasons.${r}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}comment`}>
            {t(commentRequired ? 'messages.report.commentRequiredLabel' : 'messages.report.comment')}
          </label>
          <textarea
            id={`${ids}comment`}
            className="input"
            rows={3}
            maxLength={2000}
            value={comment}
            required={commentRequired}
            aria-invalid={(error !== null && commentMissing) || undefined}
            onChange={(event) => setComment(event.target.value)}
            data-testid="report-comment"
          />
        </div>
        {error ? (
          <p className="field-error" role="alert" data-testid="report-error">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" onClick={onClose} disabled={busy}>
            {t('messages.cancel')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy} data-testid="report-submit">
            {t('messages.report.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
