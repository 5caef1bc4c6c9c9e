import { useTranslation } from 'react-i18next';
import type { RejectionReason } from '../../../shared/schemas/suppliers.js';

/** The reviewer's reasons grouped by what they point at ("company.website", "material:<id>", "general"). */
export function reasonsByTarget(reasons: readonly RejectionReason[] | undefined): Map<string, RejectionReason[]> {
  const map = new Map<string, RejectionReason[]>();
  for (const reason of reasons ?? []) map.set(reason.target, [...(map.get(reason.target) ?? []), reason]);
  return map;
}

/** "The copy is unclear or unreadable — please scan it in colour", marked as the reviewer's. */
export function ReviewRemark({ reasons }: { reasons: readonly RejectionReason[] | undefined }) {
  const { t } = useTranslation();
  if (!reasons?.length) return null;
  return (
    <span className="review-remark" data-testid="review-remark">
      <span className="review-remark-label">{t('supplierAuth.rejected.remark')}</span>{' '}
      {reasons.map((r) => `${t(`supplier.rejectionCodes.${r.code}`)}${r.note ? ` — ${r.note}` : ''}`).join('; ')}
    </span>
  );
}
