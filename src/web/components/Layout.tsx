import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { isLocale } from '../../shared/locales.js';
import { useLocale } from '../hooks/useLocale.js';
import { NotFoundPage } from '../routes/NotFoundPage.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';

/** Every page: header, content, footer — in the language named by the URL. */
export function Layout() {
  const { lang } = useParams();
  const locale = useLocale();
  const { i18n } = useTranslation();

  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
  }, [locale, i18n]);

  return (
    <div className="page">
      <Header />
      <main className="main" id="main">
        {isLocale(lang) ? <Outlet /> : <NotFoundPage />}
      </main>
      <Footer />
    </div>
  );
}
