import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../hooks/useFormat.js';
import type { QueueRow } from './types.js';

/** A column of what is reviewed (name, submitter…), shown before the shared ones. */
export interface QueueColumn<Item> {
  header: string;
  cell: (item: Item) => ReactNode;
}

export interface QueueTableProps<Item extends QueueRow> {
  /** In the server's order: oldest submission first. */
  items: readonly Item[];
  columns: readonly QueueColumn<Item>[];
  /** The last column: the item's status badge. */
  status: (item: Item) => ReactNode;
  testId: string;
  rowTestId: string;
}

const time = (value: string | null, format: (v: string) => string) =>
  value ? <time dateTime={value}>{format(value)}</time> : null;

/** The queue: the console's own columns, then submitted, due (overdue rows flagged) and status. */
export function QueueTable<Item extends QueueRow>({
  items,
  columns,
  status,
  testId,
  rowTestId,
}: QueueTableProps<Item>) {
  const { t } = useTranslation();
  const format = useFormat();
  // A console's columns are a fixed list, so the index is a stable key (two headers may read alike).
  return (
    <div className="table-scroll">
      <table className="table review-queue" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column.header}
              </th>
            ))}
            <th scope="col">{t('supplierAuth.status.submittedAt')}</th>
            <th scope="col">{t('supplierAuth.status.dueAt')}</th>
            <th scope="col">{t('review.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.overdue ? 'is-overdue' : undefined} data-testid={rowTestId}>
              {columns.map((column, i) => (
                <td key={i}>{column.cell(item)}</td>
              ))}
              <td>{time(item.submittedAt, format.dateTime)}</td>
              <td>
                {time(item.dueAt, format.dateTime)}{' '}
                {item.overdue ? (
                  <span className="badge badge-rejected" data-testid="overdue">
                    {t('review.overdue')}
                  </span>
                ) : null}
              </td>
              <td>{status(item)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
