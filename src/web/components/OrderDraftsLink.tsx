import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalizedHref } from '../hooks/useLocale.js';
import { useOrderDrafts } from '../hooks/useOrderDrafts.js';

/**
 * The header's way back to the order drafts ("Add to order"): one draft links straight to its
 * order form ("Order draft (3)"); several (one per supplier) open a short list.
 */
export function OrderDraftsLink({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const drafts = useOrderDrafts(userId);
  const formPath = (supplierId: string) => `${href('/orders/new')}?${new URLSearchParams({ supplier: supplierId })}`;

  const [only] = drafts;
  if (!only) return null;
  if (drafts.length === 1) {
    return (
      <Link to={formPath(only.supplierId)} className="btn btn-ghost" data-testid="header-order-draft">
        {t('orderForm.draft.link', { count: only.lines.length })}
      </Link>
    );
  }
  return (
    <details className="order-drafts-menu" data-testid="header-order-draft">
      <summary className="btn btn-ghost">{t('orderForm.draft.several', { count: drafts.length })}</summary>
      {/* A chosen draft closes the list (the header stays while the page changes). */}
      <ul onClick={(event) => event.currentTarget.closest('details')?.removeAttribute('open')}>
        {drafts.map((draft) => (
          <li key={draft.supplierId}>
            <Link to={formPath(draft.supplierId)}>
              {t('orderForm.draft.ofSupplier', { supplier: draft.supplierName, count: draft.lines.length })}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
