import '../../styles/brands.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useBrandReviewDetail } from '../../api/brands.js';
import { ApiError } from '../../api/client.js';
import { BrandFacts, brandName, useDayFormat } from '../../components/brands/BrandFacts.js';
import { BrandReasons } from '../../components/brands/BrandReasons.js';
import { BrandStatusBadge } from '../../components/brands/BrandStatusBadge.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { BrandDecision } from './BrandDecision.js';

/** One brand for staff: supplier, every fact, the documents, same-name warnings and the decision. */
export function BrandReviewPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const day = useDayFormat();
  const { id = '' } = useParams();
  const query = useBrandReviewDetail(id);
  const detail = query.data;
  const name = detail ? brandName(detail.brand) : undefined;
  usePageTitle(name ?? t('brands.review.title'));

  let content;
  if (query.isPending) content = <p role="status">{t('common.loading')}</p>;
  else if (!detail) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    content = <FormAlert tone="error">{t(notFound ? 'errors.NOT_FOUND' : 'errors.INTERNAL')}</FormAlert>;
  } else {
    const { brand, supplier, sameNameOtherSuppliers } = detail;
    content = (
      <>
        <p>
          <BrandStatusBadge status={brand.status} testId="brand-review-status" />{' '}
          {brand.status === 'pending' && brand.dueAt ? t('review.dueBy', { date: format.dateTime(brand.dueAt) }) : null}
        </p>
        {sameNameOtherSuppliers.length ? (
          <FormAlert tone="error" testId="same-name">
            {t('brands.review.sameName')}
            <ul>
              {sameNameOtherSuppliers.map((other) => (
                <li key={other.id}>
                  <Link to={href(`/admin/brands/${other.id}`)}>{brandName(other)}</Link>
                  {' — '}
                  {other.supplierName} ({t(`brands.status.${other.status}`, { defaultValue: other.status })})
                </li>
              ))}
            </ul>
          </FormAlert>
        ) : null}
        <div className="review-layout">
          <section className="card" aria-labelledby="supplier-title">
            <h2 id="supplier-title">{t('brands.review.supplier')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('brands.review.supplier')}</dt>
                <dd>
                  <Link to={href(`/suppliers/${supplier.id}`)}>{supplier.name}</Link>
                </dd>
              </div>
              <div>
                <dt>{t('auth.fields.accountName')}</dt>
                <dd>{supplier.accountName}</dd>
              </div>
              <div>
                <dt>{t('brands.review.kind')}</dt>
                <dd>{t(brand.kind === 'private' ? 'terms.privateBrands' : 'terms.agencyBrands')}</dd>
              </div>
              <div>
                <dt>{t('supplierAuth.status.submittedAt')}</dt>
                <dd>
                  <time dateTime={brand.submittedAt}>{format.dateTime(brand.submittedAt)}</time>
                </dd>
              </div>
              {brand.validUntil ? (
                <div>
                  <dt>{t('brands.list.validUntil')}</dt>
                  <dd>{day(brand.validUntil)}</dd>
                </div>
              ) : null}
              {brand.decidedAt ? (
                <div>
                  <dt>{t('brands.review.decidedAt')}</dt>
                  <dd>
                    <time dateTime={brand.decidedAt}>{format.dateTime(brand.decidedAt)}</time>
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
          <section className="card" aria-labelledby="brand-facts-title">
            <h2 id="brand-facts-title">{t('brands.review.facts')}</h2>
            <BrandFacts brand={brand} />
          </section>
          {brand.rejection ? (
            <section className="card" aria-labelledby="rejection-title" data-testid="review-rejection">
              <h2 id="rejection-title">{t('brands.review.rejectedWith')}</h2>
              <BrandReasons reasons={brand.rejection.reasons} note={brand.rejection.note} />
            </section>
          ) : null}
          <BrandDecision detail={detail} />
        </div>
      </>
    );
  }

  return (
    <div className="container review-page">
      <Breadcrumb
        items={[
          { label: t('terms.home'), to: href('/') },
          { label: t('brands.review.title'), to: href('/admin/brands') },
          { label: name ?? t('brands.review.detail') },
        ]}
      />
      <h1>{name ?? t('brands.review.detail')}</h1>
      {content}
    </div>
  );
}
