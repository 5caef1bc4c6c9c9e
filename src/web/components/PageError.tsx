import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../hooks/usePageTitle.js';

/**
 * The pages' error boundary (inside the layout). With route-level code splitting the likeliest
 * error is a page chunk that cannot be fetched: offline, or a deploy replaced the hashed file.
 * Reloading fetches the current HTML shell, and with it the current chunks.
 */
export function PageError() {
  const { t } = useTranslation();
  usePageTitle(t('pageError.title'));
  return (
    <section className="container narrow center" role="alert" data-testid="page-error">
      <h1>{t('pageError.title')}</h1>
      <p>{t('pageError.body')}</p>
      <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
        {t('pageError.reload')}
      </button>
    </section>
  );
}
