import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSiteInfo } from '../api/site.js';
import { useLocalizedHref } from '../hooks/useLocale.js';
import { bootFacts } from '../lib/boot.js';
import { AccountMenu } from './AccountMenu.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { SearchBox } from './SearchBox.js';

export function Header() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const site = useSiteInfo();
  // The shell carries the phone: drawn on the first paint, not when /api/site answers.
  const phone = site.data?.supportPhone ?? bootFacts().supportPhone;

  return (
    <header className="site-header">
      <div className="topbar">
        <div className="container topbar-inner">
          <span className="support" data-testid="support">
            {t('terms.customerSupport')}{' '}
            {phone ? (
              <a href={`tel:${phone.replace(/[^+\d]/g, '')}`} className="support-phone">
                {phone}
              </a>
            ) : null}
          </span>
          <LanguageSwitcher />
        </div>
      </div>
      <div className="container header-inner">
        <Link to={href('/')} className="logo" aria-label={t('common.homeLink')}>
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <span>{t('common.brandName')}</span>
        </Link>
        <nav className="main-nav" aria-label={t('nav.main')}>
          <NavLink to={href('/')} end>
            {t('terms.home')}
          </NavLink>
          <NavLink to={href('/to-be-suppliers')}>{t('terms.toBeSuppliers')}</NavLink>
        </nav>
        <SearchBox />
        <AccountMenu />
      </div>
    </header>
  );
}
