import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RejectionReason } from '../../../shared/schemas/suppliers.js';
import { ApiError } from '../../api/client.js';
import { reviewApi, reviewKeys, type ReviewDetail } from '../../api/review.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { RejectForm } from './RejectForm.js';

type Decision = { kind: 'approve' } | { kind: 'reject'; reasons: RejectionReason[]; note?: string };

/** "Approve" or "Reject" a submitted application, sending the version read (409 when someone was faster). */
export function ReviewActions({ detail }: { detail: ReviewDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { application } = detail;

  const mutation = useMutation({
    mutationFn: (decision: Decision) =>
      decision.kind === 'approve'
        ? reviewApi.approve(application.id, application.version)
        : reviewApi.reject(application.id, {
            version: application.version,
            reasons: decision.reasons,
            note: decision.note,
          }),
    onSuccess: () => {
      setRejecting(false);
      setProblem(null);
    },
    onError: (error) => {
      const code = error instanceof ApiError ? error.body.code : 'INTERNAL';
      setProblem(
        code === 'VERSION_CONFLICT' || code === 'INVALID_TRANSITION'
          ? t('review.alreadyDecided')
          : t(`errors.${code}`, { defaultValue: t('errors.INTERNAL') }),
      );
      if (code === 'VERSION_CONFLICT' || code === 'INVALID_TRANSITION') setRejecting(false);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  });

  const problemAlert = problem ? (
    <FormAlert tone="error" testId="decision-error">
      {problem}
    </FormAlert>
  ) : null;

  if (application.status !== 'submitted') return problemAlert;
  return (
    <div className="review-actions">
      {problemAlert}
      {rejecting ? (
        <RejectForm
          application={application}
          busy={mutation.isPending}
          onCancel={() => setRejecting(false)}
          onReject={(input) => mutation.mutate({ kind: 'reject', ...input })}
        />
      ) : (
        <div className="wizard-nav">
          <button
            type="button"
            className="btn btn-primary btn-lg"
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ kind: 'approve' })}
          >
            {t('review.approve')}
          </button>
          <button type="button" className="btn btn-danger btn-lg" onClick={() => setRejecting(true)}>
            {t('review.rejectButton')}
          </button>
        </div>
      )}
    </div>
  );
}
