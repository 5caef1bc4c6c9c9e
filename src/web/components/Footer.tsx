import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale, useLocalizedHref } from '../hooks/useLocale.js';

export function Footer() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const locale = useLocale();
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric' }).format(new Date());
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <span>{t('footer.copyright', { year, brand: t('common.brandName') })}</span>
        <nav aria-label={t('nav.footer')}>
          <Link to={href('/to-be-suppliers')}>{t('terms.toBeSuppliers')}</Link>
          <Link to={href('/agreement')}>{t('terms.userAgreement')}</Link>
          <a href="/api/docs">{t('footer.apiDocs')}</a>
        </nav>
      </div>
    </footer>
  );
}
