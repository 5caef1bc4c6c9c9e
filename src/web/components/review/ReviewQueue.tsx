import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '../Breadcrumb.js';
import { FormAlert } from '../forms/FormAlert.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { QueueFilters } from './QueueFilters.js';
import { type QueueTableProps, QueueTable } from './QueueTable.js';
import type { QueueFilter, QueueRow } from './types.js';

export interface ReviewQueueProps<Status extends string, Item extends QueueRow> extends Omit<
  QueueTableProps<Item>,
  'items'
> {
  /** The console's name: tab title, breadcrumb and heading. */
  title: string;
  filter: QueueFilter<Status>;
  onFilterChange: (patch: Partial<QueueFilter<Status>>) => void;
  statuses: readonly Status[];
  statusLabel: (status: Status) => string;
  searchHint: string;
  /** Shown when nothing matches the filters. */
  emptyText: string;
  /** The console's queue query (TanStack Query result, narrowed to what is shown). */
  queue: { isPending: boolean; isError: boolean; data?: { items: readonly Item[] } };
}

/** A staff review queue page: filters in the URL, then loading, error, "nothing" or the table. */
export function ReviewQueue<Status extends string, Item extends QueueRow>({
  title,
  filter,
  onFilterChange,
  statuses,
  statusLabel,
  searchHint,
  emptyText,
  queue,
  ...table
}: ReviewQueueProps<Status, Item>) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  usePageTitle(title);
  const items = queue.data?.items;
  return (
    <div className="container review-page">
      <Breadcrumb items={[{ label: t('terms.home'), to: href('/') }, { label: title }]} />
      <h1>{title}</h1>
      <QueueFilters
        filter={filter}
        statuses={statuses}
        statusLabel={statusLabel}
        searchHint={searchHint}
        onChange={onFilterChange}
      />
      {queue.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {queue.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
      {items && items.length === 0 ? <p className="muted">{emptyText}</p> : null}
      {items && items.length > 0 ? <QueueTable items={items} {...table} /> : null}
    </div>
  );
}
