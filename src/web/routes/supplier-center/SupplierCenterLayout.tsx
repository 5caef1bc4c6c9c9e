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

/** The supplier center's sections after "Corporate Information" (guide 3–5), with their pages. */
const SECTIONS = [
  { key: 'terms.licensedBrands', path: '/supplier/brands' },
  { key: 'terms.productManagement', path: '/supplier/products' },
  { key: 'terms.orderManagement', path: '/supplier/orders' },
] as const;

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
              {SECTIONS.map(({ key, path }) => (
                <li key={key}>
                  <NavLink to={href(path)}>{t(key)}</NavLink>
                </li>
              ))}
              <li>
                {/* The messages pages are shared with buyers; this opens them on the selling side. */}
                <Link to={`${href('/messages')}?side=supplier`} data-testid="supplier-center-messages">
                  {t('messages.title')}
                </Link>
              </li>
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
