import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigation, useParams } from 'react-router';
import { isLocale } from '../../shared/locales.js';
import { useLocale } from '../hooks/useLocale.js';
import { ensureCjkFont } from '../lib/cjkFont.js';
import { NotFoundPage } from '../routes/NotFoundPage.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { MessageStreamProvider } from './messages/MessageStreamProvider.js';
import { PageProgress } from './PageProgress.js';

/**
 * Every page: header, content, footer — in the language named by the URL. `pending` is the
 * router's hydrate fallback: the first page's chunk is still loading, so a loading state
 * stands in for it (the same component, so header and footer are not mounted twice).
 */
export function Layout({ pending = false }: { pending?: boolean }) {
  const { lang } = useParams();
  const locale = useLocale();
  const { i18n, t } = useTranslation();
  // No loaders here: "loading" only ever means the next page's chunk is on its way.
  const loadingNext = useNavigation().state === 'loading';

  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
    ensureCjkFont(locale);
  }, [locale, i18n]);

  let content = <Outlet />;
  if (!isLocale(lang)) content = <NotFoundPage />;
  else if (pending) {
    content = (
      <p className="container loading" role="status">
        {t('common.loading')}
      </p>
    );
  }

  return (
    // One messages stream for the tab, shared by the header's badge and an open thread.
    <MessageStreamProvider>
      <div className="page">
        <PageProgress active={loadingNext} />
        <Header />
        {/* While the next page loads, the old one is inert: a second click cannot act on a page that is going away. */}
        <main className="main" id="main" aria-busy={pending || loadingNext} inert={loadingNext}>
          {content}
        </main>
        <Footer />
      </div>
    </MessageStreamProvider>
  );
}
