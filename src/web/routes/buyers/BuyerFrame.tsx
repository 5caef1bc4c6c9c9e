import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import '../../styles/buyers.css';
import { BUYER_PAGES } from './buyerPages.js';

/** Breadcrumb (Home > Personal Center > page), the title and the buyer pages' tabs. */
export function BuyerFrame({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  usePageTitle(title);
  return (
    <div className="container buyer-page">
      <Breadcrumb
        items={[
          { label: t('terms.home'), to: href('/') },
          { label: t('terms.personalCenter'), to: href('/account') },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <nav className="buyer-tabs" aria-label={t('buyers.section')}>
        {BUYER_PAGES.map((page) => (
          <NavLink key={page.path} to={href(page.path)} end className="buyer-tab" data-testid={page.testId}>
            {t(page.label)}
          </NavLink>
        ))}
      </nav>
      <p className="lead">{lead}</p>
      {children}
    </div>
  );
}
