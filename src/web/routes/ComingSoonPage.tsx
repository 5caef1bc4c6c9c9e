import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalizedHref } from '../hooks/useLocale.js';
import { usePageTitle } from '../hooks/usePageTitle.js';

/** Placeholder for pages whose issue has not landed yet; says so plainly. */
export function ComingSoonPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const title = t(titleKey);
  usePageTitle(title);
  return (
    <section className="container narrow center" data-testid="coming-soon">
      <h1>{title}</h1>
      <p>{t('comingSoon.body')}</p>
      <Link className="btn btn-ghost" to={href('/to-be-suppliers')}>
        {t('comingSoon.readGuide')}
      </Link>
    </section>
  );
}
