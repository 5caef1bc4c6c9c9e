import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { brandApi, brandKeys, type BrandReviewDetail } from '../../api/brands.js';
import { useBrandTargetLabel } from '../../components/brands/BrandReasons.js';
import { DecisionBar } from '../../components/review/DecisionBar.js';
import { useRejectionCodes } from '../../components/review/useRejectionCodes.js';
import { reasonFields } from '../brands/brandForm.js';

/** "Approve" or "Reject" a pending brand; reasons may point at any field of its kind, or the whole brand. */
export function BrandDecision({ detail }: { detail: BrandReviewDetail }) {
  const { t } = useTranslation();
  const { brand } = detail;
  const targetLabel = useBrandTargetLabel();
  const targets = useMemo(
    () =>
      ['general', ...reasonFields(brand.kind).map((f) => `brand.${f}`)].map((value) => ({
        value,
        label: targetLabel(value),
      })),
    [brand.kind, targetLabel],
  );
  const codes = useRejectionCodes();
  const { id, version } = brand;
  return (
    <DecisionBar
      awaitingDecision={brand.status === 'pending'}
      approve={() => brandApi.approve(id, version)}
      reject={(input) => brandApi.reject(id, { version, ...input })}
      invalidates={brandKeys.review}
      alreadyDecided={t('brands.review.alreadyDecided')}
      rejectForm={{
        targets,
        codes,
        labels: {
          title: t('brands.review.rejectTitle'),
          reasonNote: t('brands.review.reasonNote'),
          confirm: t('brands.review.rejectConfirm'),
        },
      }}
    />
  );
}
