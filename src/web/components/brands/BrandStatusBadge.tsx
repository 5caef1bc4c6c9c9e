import { useTranslation } from 'react-i18next';
import type { BrandState } from '../../../shared/state-machines/brand.js';

/** "Pending review" / "Approved" / "Rejected" / "Expired", coloured by state. */
export function BrandStatusBadge({ status, testId }: { status: BrandState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-brand-${status}`} data-testid={testId ?? 'brand-status'} data-status={status}>
      {t(`brands.status.${status}`)}
    </span>
  );
}
