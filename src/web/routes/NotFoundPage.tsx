import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalizedHref } from '../hooks/useLocale.js';
import { usePageTitle } from '../hooks/usePageTitle.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  usePageTitle(t('notFound.title'));
  return (
    <section className="container narrow center" data-testid="not-found">
      <p className="big-code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="btn btn-primary" to={href('/')}>
        {t('notFound.backHome')}
      </Link>
    </section>
  );
}
