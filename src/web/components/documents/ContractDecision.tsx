import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract } from '../../../shared/schemas/documents.js';
import type { ContractEvent } from '../../../shared/state-machines/contract.js';
import { documentApi, useDocumentChange } from '../../api/documents.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { FormAlert } from '../forms/FormAlert.js';
import { TextAreaField } from '../forms/TextAreaField.js';

const FIELDS = ['comment'] as const;

/**
 * The viewer's moves on the contract, as the server lists them: the supplier's "Confirm"; the
 * buyer's "Accept contract" or "Request changes" (a comment is required: it goes back to the supplier).
 */
export function ContractDecision({
  orderId,
  contract,
  unsaved,
}: {
  orderId: string;
  contract: Contract;
  /** The furnish form has changes not saved yet: confirming now would confirm the old version. */
  unsaved: boolean;
}) {
  const { t } = useTranslation();
  const commentId = useId();
  const [comment, setComment] = useState('');
  const [asking, setAsking] = useState(false);
  const errors = useFieldErrors(FIELDS);
  const change = useDocumentChange(orderId, (input: { event: ContractEvent; comment?: string }) =>
    documentApi.contractEvent(orderId, { ...input, version: contract.version }),
  );
  const allowed = new Set(contract.allowedEvents);

  const send = async (event: ContractEvent, text?: string) => {
    if (change.isPending) return;
    errors.clear();
    try {
      await change.mutateAsync({ event, comment: text });
      setComment('');
      setAsking(false);
    } catch (error) {
      errors.applyApiError(error);
    }
  };

  const requestChanges = (event: FormEvent) => {
    event.preventDefault();
    const text = comment.trim();
    if (!text) {
      errors.setError('comment', 'required');
      return;
    }
    void send('request_changes', text);
  };

  return (
    <div className="form-section" data-testid="contract-decision">
      {errors.formError ? <FormAlert tone="error">{errors.formError}</FormAlert> : null}
      {allowed.has('confirm') ? (
        <>
          <p className="muted small">
            {t(unsaved ? 'documents.contract.saveFirst' : 'documents.contract.confirmHint')}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={change.isPending || unsaved}
              data-testid="contract-confirm"
              onClick={() => void send('confirm')}
            >
              {t('documents.contract.confirm')}
            </button>
          </div>
        </>
      ) : null}
      {allowed.has('accept') || allowed.has('request_changes') ? (
        <div className="form-actions">
          {allowed.has('accept') ? (
            <button
              type="button"
              className="btn btn-primary"
              disabled={change.isPending}
              data-testid="contract-accept"
              onClick={() => void send('accept')}
            >
              {t('documents.contract.accept')}
            </button>
          ) : null}
          {allowed.has('request_changes') && !asking ? (
            <button
              type="button"
              className="btn btn-ghost"
              aria-expanded={false}
              aria-controls={commentId}
              data-testid="contract-request-changes"
              onClick={() => setAsking(true)}
            >
              {t('documents.contract.requestChanges')}
            </button>
          ) : null}
        </div>
      ) : null}
      {asking ? (
        <form id={commentId} className="form" onSubmit={requestChanges} noValidate data-testid="contract-changes-form">
          <TextAreaField
            label={t('documents.contract.comment')}
            name="comment"
            required
            maxLength={2000}
            rows={3}
            autoFocus
            value={comment}
            error={errors.fieldError('comment')}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="btn btn-primary"
              disabled={change.isPending}
              data-testid="contract-send-changes"
            >
              {t('documents.contract.sendChanges')}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setAsking(false)}>
              {t('documents.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
