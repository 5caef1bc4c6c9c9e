import { useTranslation } from 'react-i18next';
import { reviewApi, reviewKeys, type ReviewDetail } from '../../api/review.js';
import { DecisionBar } from '../../components/review/DecisionBar.js';
import { useRejectionCodes } from '../../components/review/useRejectionCodes.js';
import { useRejectionTargets } from './targets.js';

/** "Approve" or "Reject" a submitted application; reasons may point at a company field or a material. */
export function ReviewActions({ detail }: { detail: ReviewDetail }) {
  const { t } = useTranslation();
  const { application } = detail;
  const targets = useRejectionTargets(application);
  const codes = useRejectionCodes();
  const { id, version } = application;
  return (
    <DecisionBar
      awaitingDecision={application.status === 'submitted'}
      approve={() => reviewApi.approve(id, version)}
      reject={(input) => reviewApi.reject(id, { version, ...input })}
      invalidates={reviewKeys.all}
      alreadyDecided={t('review.alreadyDecided')}
      rejectForm={{
        targets,
        codes,
        labels: {
          title: t('review.reject.title'),
          reasonNote: t('review.reject.note'),
          confirm: t('review.reject.confirm'),
        },
      }}
    />
  );
}
