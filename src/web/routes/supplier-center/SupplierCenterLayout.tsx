import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { ME_KEY, useMe } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { useSupplierProfile } from '../../api/suppliers.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';

/** Sections of the supplier center still to come (guide 3–5): shown, but not links yet. */
const COMING = ['terms.licensedBrands', 'terms.productManagement', 'terms.orderManagement'] as const;
/** Sections of COMING that have landed, with their page: shown as links. */
const READY: Partial<Record<(typeof COMING)[number], string>> = {
  'terms.licensedBrands': '/supplier/brands',
  'terms.productManagement': '/supplier/products',
};

/** Shown instead of the supplier center to users whose authentication is not approved. */
export function NotASupplier() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  return (
    <section className="card not-supplier" data-testid="not-supplier">
      <h2>{t('supplierCenter.notApproved.title')}</h2>
      <p>{t('errors.SUPPLIER_NOT_APPROVED')}</p>
      <p>{t('supplierCenter.notApproved.body')}</p>
      <Link className="btn btn-primary" to={href('/account/supplier-authentication')}>
        {t('terms.supplierAuthentication')}
      </Link>
    </section>
  );
}

/**
 * "Supplier Management" (guide 2.2): left navigation, the section on the right. The API decides
 * who is a supplier (403 SUPPLIER_NOT_APPROVED for everyone else); a stale "me" is refreshed.
 */
export function SupplierCenterLayout() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const queryClient = useQueryClient();
  const status = useMe().data?.user?.supplierStatus;
  const profile = useSupplierProfile();
  usePageTitle(t('terms.supplierManagement'), { fallback: true });
  const approved = profile.isSuccess;
  const notApproved = profile.error instanceof ApiError && profile.error.body.code === 'SUPPLIER_NOT_APPROVED';

  useEffect(() => {
    if (approved && status !== 'approved') void queryClient.invalidateQueries({ queryKey: ME_KEY });
  }, [approved, status, queryClient]);

  let body;
  if (profile.isPending) body = <p role="status">{t('common.loading')}</p>;
  else if (notApproved) body = <NotASupplier />;
  else if (!approved) body = <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>;
  return (
    <div className="container supplier-center">
      <Breadcrumb
        items={[
          { label: t('terms.home'), to: href('/') },
          { label: t('terms.personalCenter'), to: href('/account') },
          { label: t('terms.supplierManagement') },
        ]}
      />
      <h1>{t('terms.supplierManagement')}</h1>
      {body ?? (
        <div className="center-layout">
          <nav className="center-nav" aria-label={t('supplierCenter.nav')}>
            <ul>
              <li>
                <NavLink to={href('/supplier/profile')}>{t('supplierCenter.corporateInformation')}</NavLink>
              </li>
              {/* Room for the next sections: each becomes a NavLink when its issue lands. */}
              {COMING.map((key) => (
                <li key={key}>
                  {READY[key] ? (
                    <NavLink to={href(READY[key])}>{t(key)}</NavLink>
                  ) : (
                    <span
                      className="nav-disabled"
                      aria-disabled="true"
                      title={t('supplierCenter.comingSoon')}
                      data-testid="nav-coming-soon"
                    >
                      {t(key)} <span className="badge">{t('supplierCenter.comingSoon')}</span>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          <div className="center-content">
            <Outlet />
          </div>
        </div>
      )}
    </div>
  );
}
