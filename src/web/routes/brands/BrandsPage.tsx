import '../../styles/brands.css';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import type { Brand, BrandKind } from '../../../shared/schemas/brands.js';
import { BRAND_REMINDER_DAYS } from '../../../shared/schemas/brands.js';
import { useMyBrands } from '../../api/brands.js';
import { brandName, useDayFormat } from '../../components/brands/BrandFacts.js';
import { BrandReasons } from '../../components/brands/BrandReasons.js';
import { BrandStatusBadge } from '../../components/brands/BrandStatusBadge.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { daysUntil, localToday } from './brandForm.js';

/** "Licensed Brands" (guide 3): the "Private Brands" and "Agency Brands" tabs. */
export function BrandsPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  usePageTitle(t('terms.licensedBrands'));
  return (
    <section aria-labelledby="brands-title" className="brand-page" data-testid="licensed-brands">
      <h2 id="brands-title">{t('terms.licensedBrands')}</h2>
      <nav className="brand-tabs" aria-label={t('terms.licensedBrands')}>
        <NavLink to={href('/supplier/brands/private')} data-testid="tab-private">
          {t('terms.privateBrands')}
        </NavLink>
        <NavLink to={href('/supplier/brands/agency')} data-testid="tab-agency">
          {t('terms.agencyBrands')}
        </NavLink>
      </nav>
      <Outlet />
    </section>
  );
}

/** One tab: the supplier's brands of a kind, newest first, and "New Brand" / "New Agency Brand". */
export function BrandTable({ kind }: { kind: BrandKind }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const day = useDayFormat();
  const query = useMyBrands(kind);
  const today = localToday();
  const newLabel = kind === 'private' ? t('terms.newBrand') : t('terms.newAgencyBrand');
  const endsSoon = (b: Brand) => {
    if (b.status !== 'approved' || !b.validUntil) return false;
    const days = daysUntil(b.validUntil, today);
    return days >= 0 && days <= BRAND_REMINDER_DAYS[0];
  };

  return (
    <div className="brand-tab" data-testid={`brands-${kind}`}>
      <div className="section-head">
        <p className="muted">{t(`brands.list.lead.${kind}`)}</p>
        <Link className="btn btn-primary" to={href(`/supplier/brands/new/${kind}`)} data-testid="new-brand">
          {newLabel}
        </Link>
      </div>
      {query.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {query.isError ? <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert> : null}
      {query.data && query.data.brands.length === 0 ? (
        <p className="empty-state" data-testid="no-brands">
          {t(`brands.list.empty.${kind}`, { action: newLabel })}
        </p>
      ) : null}
      {query.data && query.data.brands.length > 0 ? (
        <div className="table-scroll">
          <table className="table brand-table" data-testid="brand-table">
            <thead>
              <tr>
                <th scope="col">{t('brands.fields.logoFileId')}</th>
                <th scope="col">{t('brands.list.name')}</th>
                <th scope="col">{t('brands.fields.trademarkNumber')}</th>
                <th scope="col">{t('brands.fields.niceClasses')}</th>
                <th scope="col">{t('brands.list.validUntil')}</th>
                <th scope="col">{t('review.columns.status')}</th>
                <th scope="col">{t('supplierAuth.status.submittedAt')}</th>
                <th scope="col">{t('supplierAuth.status.dueAt')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.brands.map((b) => (
                <tr key={b.id} data-testid="brand-row" data-brand-id={b.id}>
                  <td>
                    {b.logo ? (
                      <img
                        className="brand-logo-thumb"
                        src={b.logo.thumbnailUrl ?? b.logo.url}
                        alt={t('brands.logoOf', { name: brandName(b) })}
                      />
                    ) : (
                      <span className="brand-logo-thumb brand-logo-none" aria-hidden="true" />
                    )}
                  </td>
                  <td>
                    <Link to={href(`/supplier/brands/${b.id}`)} data-testid="brand-link">
                      {b.nameZh ? <span lang="zh-CN">{b.nameZh}</span> : null}
                      {b.nameZh && b.nameEn ? <span aria-hidden="true">{' / '}</span> : null}
                      {b.nameEn}
                    </Link>
                  </td>
                  <td className="mono">{b.trademarkNumber}</td>
                  <td>{b.niceClasses.join(', ')}</td>
                  <td>
                    {b.validUntil ? <time dateTime={b.validUntil}>{day(b.validUntil)}</time> : null}
                    {endsSoon(b) ? (
                      <span className="badge badge-brand-expiring" data-testid="ends-soon">
                        {t('brands.list.endsSoon')}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <BrandStatusBadge status={b.status} />
                    {b.rejection ? (
                      <div className="brand-row-reasons">
                        <BrandReasons reasons={b.rejection.reasons} note={b.rejection.note} />
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <time dateTime={b.submittedAt}>{format.dateTime(b.submittedAt)}</time>
                  </td>
                  <td>
                    {b.status === 'pending' && b.dueAt ? (
                      <time dateTime={b.dueAt}>{format.dateTime(b.dueAt)}</time>
                    ) : (
                      <span className="muted">{'—'}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
