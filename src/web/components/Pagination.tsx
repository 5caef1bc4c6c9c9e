import { useTranslation } from 'react-i18next';
import { useFormat } from '../hooks/useFormat.js';

/** Pages around the current one, the first and the last; null marks a gap. */
function pageNumbers(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

/** "Previous 1 … 4 5 6 … 12 Next" for a list of `total` items; nothing when it fits on one page. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('catalog.pagination.label')} data-testid="pagination">
      <button type="button" className="btn btn-ghost btn-small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('catalog.pagination.previous')}
      </button>
      <ul>
        {pageNumbers(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              {'…'}
            </li>
          ) : (
            <li key={p}>
              <button
                type="button"
                className={p === page ? 'btn btn-primary btn-small' : 'btn btn-ghost btn-small'}
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('catalog.pagination.page', { number: format.number(p) })}
                onClick={() => onPage(p)}
              >
                {format.number(p)}
              </button>
            </li>
          ),
        )}
      </ul>
      <button
        type="button"
        className="btn btn-ghost btn-small"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('catalog.pagination.next')}
      </button>
    </nav>
  );
}
