import '../../styles/brands.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BRAND_STATES } from '../../../shared/state-machines/brand.js';
import { type BrandQueueItem, type BrandQueueStatus, useBrandQueue } from '../../api/brands.js';
import { brandName } from '../../components/brands/BrandFacts.js';
import { BrandStatusBadge } from '../../components/brands/BrandStatusBadge.js';
import type { QueueColumn } from '../../components/review/QueueTable.js';
import { ReviewQueue } from '../../components/review/ReviewQueue.js';
import { useQueueFilter } from '../../components/review/useQueueFilter.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';

const STATUSES: readonly BrandQueueStatus[] = [...BRAND_STATES, 'all'];

/** The brand review queue: brand name, private or agency, and the supplier first. */
export function BrandQueuePage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const [filter, setFilter] = useQueueFilter(STATUSES, 'pending');
  const queue = useBrandQueue(filter);

  const columns: QueueColumn<BrandQueueItem>[] = [
    {
      header: t('brands.list.name'),
      cell: (item) => <Link to={href(`/admin/brands/${item.id}`)}>{brandName(item)}</Link>,
    },
    {
      header: t('brands.review.kind'),
      cell: (item) => t(item.kind === 'private' ? 'terms.privateBrands' : 'terms.agencyBrands'),
    },
    { header: t('brands.review.supplier'), cell: (item) => item.supplierName },
  ];

  return (
    <ReviewQueue
      title={t('brands.review.title')}
      filter={filter}
      onFilterChange={setFilter}
      statuses={STATUSES}
      statusLabel={(status) => t(`brands.status.${status}`)}
      searchHint={t('brands.review.searchHint')}
      emptyText={t('brands.review.empty')}
      queue={queue}
      testId="brand-queue"
      rowTestId="brand-queue-row"
      columns={columns}
      status={(item) => <BrandStatusBadge status={item.status} />}
    />
  );
}
