import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BrandReason, brandApi, brandKeys, type BrandReviewDetail } from '../../api/brands.js';
import { ApiError } from '../../api/client.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { BrandRejectForm } from './BrandRejectForm.js';

type Decision = { kind: 'approve' } | { kind: 'reject'; reasons: BrandReason[]; note?: string };
const DECIDED = new Set(['VERSION_CONFLICT', 'INVALID_TRANSITION']);

/** "Approve" or "Reject" a pending brand with the version read (409 when another reviewer was faster). */
export function BrandDecision({ detail }: { detail: BrandReviewDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { brand } = detail;

  const mutation = useMutation({
    mutationFn: (decision: Decision) =>
      decision.kind === 'approve'
        ? brandApi.approve(brand.id, brand.version)
        : brandApi.reject(brand.id, { version: brand.version, reasons: decision.reasons, note: decision.note }),
    onSuccess: () => {
      setRejecting(false);
      setProblem(null);
    },
    onError: (error) => {
      const code = error instanceof ApiError ? error.body.code : 'INTERNAL';
      const decided = DECIDED.has(code);
      setProblem(
        decided ? t('brands.review.alreadyDecided') : t(`errors.${code}`, { defaultValue: t('errors.INTERNAL') }),
      );
      if (decided) setRejecting(false);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: brandKeys.review }),
  });

  const problemAlert = problem ? (
    <FormAlert tone="error" testId="decision-error">
      {problem}
    </FormAlert>
  ) : null;

  if (brand.status !== 'pending') return problemAlert;
  return (
    <div className="review-actions">
      {problemAlert}
      {rejecting ? (
        <BrandRejectForm
          kind={brand.kind}
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
