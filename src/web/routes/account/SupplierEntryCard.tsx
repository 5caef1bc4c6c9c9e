import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUser } from '../../../shared/schemas/accounts.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';

/**
 * The personal center's entry to supplier authentication (guide 2.1). Once approved it
 * reads "Supplier" instead and leads to the supplier center (guide 2.2).
 */
export function SupplierEntryCard({ status }: { status: CurrentUser['supplierStatus'] }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const name = status === 'approved' ? t('terms.supplier') : t('terms.supplierAuthentication');
  return (
    <section className="card supplier-entry" aria-labelledby="supplier-entry-title" data-testid="supplier-entry">
      <div>
        <h2 id="supplier-entry-title">{name}</h2>
        <p>
          <span className={`badge badge-${status}`} data-testid="supplier-status">
            {t(`account.supplier.status.${status}`)}
          </span>{' '}
          {t(`account.supplier.description.${status}`)}
        </p>
      </div>
      <Link
        className="btn btn-primary btn-lg"
        to={href(status === 'approved' ? '/supplier' : '/account/supplier-authentication')}
      >
        {name}
      </Link>
    </section>
  );
}
