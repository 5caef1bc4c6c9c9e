import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBuyerProfile } from '../../api/buyers.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { BUYER_PAGES } from '../buyers/buyerPages.js';

/**
 * The personal center's "Buyer" section: any account can buy (a supplier too). Links to buyer
 * information, delivery addresses, invoice information and "My Orders"; says when the buyer
 * information an order needs is still missing.
 */
export function BuyerEntryCard() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const profile = useBuyerProfile();
  const complete = profile.data?.complete;

  return (
    <section
      className="card supplier-entry buyer-entry-card"
      aria-labelledby="buyer-entry-title"
      data-testid="buyer-entry"
    >
      <div>
        <h2 id="buyer-entry-title">{t('buyers.section')}</h2>
        <p>
          {complete === undefined ? null : (
            <>
              <span className={`badge ${complete ? 'badge-approved' : 'badge-submitted'}`} data-testid="buyer-status">
                {t(complete ? 'buyers.center.complete' : 'buyers.center.incomplete')}
              </span>{' '}
            </>
          )}
          {t('buyers.center.lead')}
        </p>
        <ul className="buyer-center-links">
          {BUYER_PAGES.map((page) => (
            <li key={page.path}>
              <Link to={href(page.path)} data-testid={page.testId}>
                {t(page.label)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
