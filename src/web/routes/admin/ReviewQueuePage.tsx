import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SUPPLIER_APPLICATION_STATES_FOR_QUEUE } from '../../../shared/schemas/supplier-review.js';
import { type QueueItem, useReviewQueue } from '../../api/review.js';
import type { QueueColumn } from '../../components/review/QueueTable.js';
import { ReviewQueue } from '../../components/review/ReviewQueue.js';
import { useQueueFilter } from '../../components/review/useQueueFilter.js';
import { useLocale, useLocalizedHref } from '../../hooks/useLocale.js';
import { regionName } from '../../lib/regions.js';

/** The review console's queue of supplier applications: company, applicant and country first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const locale = useLocale();
  const [filter, setFilter] = useQueueFilter(SUPPLIER_APPLICATION_STATES_FOR_QUEUE, 'submitted');
  const queue = useReviewQueue(filter);

  const columns: QueueColumn<QueueItem>[] = [
    {
      header: t('review.columns.company'),
      cell: (item) => (
        <>
          <Link to={href(`/admin/supplier-applications/${item.id}`)}>
            {item.companyNameEn ?? item.companyNameZh ?? item.accountName}
          </Link>
          {item.companyNameZh && item.companyNameEn ? (
            <div className="muted" lang="zh-CN">
              {item.companyNameZh}
            </div>
          ) : null}
        </>
      ),
    },
    { header: t('review.columns.applicant'), cell: (item) => item.accountName },
    { header: t('supplier.fields.country'), cell: (item) => (item.country ? regionName(locale, item.country) : null) },
  ];

  return (
    <ReviewQueue
      title={t('review.title')}
      filter={filter}
      onFilterChange={setFilter}
      statuses={SUPPLIER_APPLICATION_STATES_FOR_QUEUE}
      statusLabel={(status) => t(`account.supplier.status.${status}`)}
      searchHint={t('review.filters.searchHint')}
      emptyText={t('review.empty')}
      queue={queue}
      testId="review-queue"
      rowTestId="review-row"
      columns={columns}
      status={(item) => (
        <span className={`badge badge-${item.status}`}>{t(`account.supplier.status.${item.status}`)}</span>
      )}
    />
  );
}
