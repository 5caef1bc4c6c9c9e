import '../../styles/brands.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type BrandReviewDetail, useBrandReviewDetail } from '../../api/brands.js';
import { ApiError } from '../../api/client.js';
import { BrandFacts, brandName, useDayFormat } from '../../components/brands/BrandFacts.js';
import { BrandReasons } from '../../components/brands/BrandReasons.js';
import { BrandStatusBadge } from '../../components/brands/BrandStatusBadge.js';
import { Fact, TimeFact } from '../../components/facts/Fact.js';
import { LookalikesAlert } from '../../components/review/LookalikesAlert.js';
import { ReviewDetailFrame } from '../../components/review/ReviewDetailFrame.js';
import { ReviewStatusLine } from '../../components/review/ReviewStatusLine.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { BrandDecision } from './BrandDecision.js';

/** One brand for staff: supplier, every fact, the documents, same-name warnings and the decision. */
export function BrandReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useBrandReviewDetail(id);
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <ReviewDetailFrame
      consoleTitle={t('brands.review.title')}
      consolePath="/admin/brands"
      name={query.data ? brandName(query.data.brand) : undefined}
      fallbackName={t('brands.review.detail')}
      query={query}
      errorText={t(notFound ? 'errors.NOT_FOUND' : 'errors.INTERNAL')}
    >
      {(detail) => <BrandReview detail={detail} />}
    </ReviewDetailFrame>
  );
}

function BrandReview({ detail }: { detail: BrandReviewDetail }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const day = useDayFormat();
  const { brand, supplier, sameNameOtherSuppliers } = detail;
  return (
    <>
      <ReviewStatusLine
        badge={<BrandStatusBadge status={brand.status} testId="brand-review-status" />}
        dueAt={brand.status === 'pending' ? brand.dueAt : null}
      />
      <LookalikesAlert
        testId="same-name"
        intro={t('brands.review.sameName')}
        lookalikes={sameNameOtherSuppliers.map((other) => ({
          id: other.id,
          path: `/admin/brands/${other.id}`,
          name: brandName(other),
          details: ` — ${other.supplierName} (${t(`brands.status.${other.status}`, { defaultValue: other.status })})`,
        }))}
      />
      <div className="review-layout">
        <section className="card" aria-labelledby="supplier-title">
          <h2 id="supplier-title">{t('brands.review.supplier')}</h2>
          <dl className="facts">
            <Fact label={t('brands.review.supplier')}>
              <Link to={href(`/suppliers/${supplier.id}`)}>{supplier.name}</Link>
            </Fact>
            <Fact label={t('auth.fields.accountName')}>{supplier.accountName}</Fact>
            <Fact label={t('brands.review.kind')}>
              {t(brand.kind === 'private' ? 'terms.privateBrands' : 'terms.agencyBrands')}
            </Fact>
            <TimeFact label={t('supplierAuth.status.submittedAt')} at={brand.submittedAt} />
            <Fact label={t('brands.list.validUntil')}>{brand.validUntil ? day(brand.validUntil) : null}</Fact>
            <TimeFact label={t('brands.review.decidedAt')} at={brand.decidedAt} />
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
