import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../api/auth.js';
import { useLocalizedHref } from '../hooks/useLocale.js';
import { useSeo } from '../hooks/useSeo.js';
import { HomeCategories, LatestProducts } from './catalog/HomeCatalog.js';

const BUYER_STEPS = ['find', 'contact', 'order', 'track'] as const;
const SUPPLIER_STEPS = ['register', 'authenticate', 'brands', 'products', 'orders'] as const;

export function HomePage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const signedIn = Boolean(useMe().data?.user);
  useSeo({ title: undefined, description: t('home.heroLead') });

  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t('home.heroTitle')}</h1>
          <p className="hero-lead">{t('home.heroLead')}</p>
          <div className="hero-actions">
            <Link className="btn btn-primary btn-lg" to={href('/to-be-suppliers')}>
              {t('home.ctaSupplier')}
            </Link>
            {/* "注册采购 / Register as a buyer": register, sign in, then Buyer information. */}
            {signedIn ? (
              <Link className="btn btn-light btn-lg" to={href('/account/buyer')}>
                {t('buyers.nav.info')}
              </Link>
            ) : (
              <Link
                className="btn btn-light btn-lg"
                to={`${href('/register')}?${new URLSearchParams({ next: href('/account/buyer') })}`}
                data-testid="register-as-buyer"
              >
                {t('home.ctaBuyer')}
              </Link>
            )}
          </div>
          <ul className="hero-facts">
            <li>{t('home.factLanguages')}</li>
            <li>{t('home.factVerified')}</li>
            <li>{t('home.factContracts')}</li>
          </ul>
        </div>
      </section>

      <section className="container section" aria-labelledby="how-it-works">
        <h2 id="how-it-works">{t('home.howItWorks')}</h2>
        <div className="two-columns">
          <div className="card">
            <h3>{t('home.forBuyers')}</h3>
            <ol className="steps">
              {BUYER_STEPS.map((step) => (
                <li key={step}>
                  <strong>{t(`home.buyerSteps.${step}.title`)}</strong>
                  <span>{t(`home.buyerSteps.${step}.body`)}</span>
                </li>
              ))}
            </ol>
          </div>
          <div className="card">
            <h3>{t('home.forSuppliers')}</h3>
            <ol className="steps">
              {SUPPLIER_STEPS.map((step) => (
                <li key={step}>
                  <strong>{t(`home.supplierSteps.${step}.title`)}</strong>
                  <span>{t(`home.supplierSteps.${step}.body`)}</span>
                </li>
              ))}
            </ol>
            <Link to={href('/to-be-suppliers')}>{t('home.readGuide')}</Link>
          </div>
        </div>
      </section>

      <HomeCategories />
      <LatestProducts />
    </>
  );
}
