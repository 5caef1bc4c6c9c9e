import '../../styles/brands.css';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { type Brand, BRAND_REMINDER_DAYS } from '../../../shared/schemas/brands.js';
import { brandApi, brandKeys, useMyBrand } from '../../api/brands.js';
import { ApiError } from '../../api/client.js';
import { BrandFacts, brandName, useDayFormat } from '../../components/brands/BrandFacts.js';
import { BrandReasons } from '../../components/brands/BrandReasons.js';
import { BrandStatusBadge } from '../../components/brands/BrandStatusBadge.js';
import { Fact, TimeFact } from '../../components/facts/Fact.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { reasonsByTarget, ReviewRemark } from '../supplier-auth/remarks.js';
import { brandToValues, daysUntil, localToday, renewalValues } from './brandForm.js';
import { BrandForm } from './BrandForm.js';

/** One brand: its status, the review's outcome, and "Edit and resubmit" or "Renew" when possible. */
export function BrandDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useMyBrand(id);
  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return <FormAlert tone="error">{t(notFound ? 'errors.NOT_FOUND' : 'errors.INTERNAL')}</FormAlert>;
  }
  return <BrandDetail brand={query.data.brand} reload={() => void query.refetch()} />;
}

function BrandDetail({ brand, reload }: { brand: Brand; reload: () => void }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const day = useDayFormat();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const name = brandName(brand);
  usePageTitle(name);

  const submitted = Boolean((location.state as { submitted?: boolean } | null)?.submitted);
  const renewing = brand.status === 'expired';
  const editing = (brand.status === 'rejected' || renewing) && params.get('edit') === '1';
  const remarks = reasonsByTarget(brand.rejection?.reasons);
  const listPath = href(`/supplier/brands/${brand.kind}`);
  const daysLeft = brand.validUntil ? daysUntil(brand.validUntil, localToday()) : null;
  const endsSoon =
    brand.status === 'approved' && daysLeft !== null && daysLeft >= 0 && daysLeft <= BRAND_REMINDER_DAYS[0];
  const editLabel = renewing ? t('brands.detail.renew') : t('brands.detail.editAndResubmit');

  return (
    <section aria-labelledby="brand-title" className="brand-page brand-detail" data-testid="brand-detail">
      <p>
        <Link to={listPath}>{t(brand.kind === 'private' ? 'terms.privateBrands' : 'terms.agencyBrands')}</Link>
      </p>
      <div className="section-head">
        <h2 id="brand-title">{name}</h2>
        <BrandStatusBadge status={brand.status} />
      </div>

      {submitted && brand.status === 'pending' ? (
        <FormAlert tone="success" testId="brand-submitted">
          {t('brands.detail.submitted')}
        </FormAlert>
      ) : null}

      {brand.status === 'pending' ? (
        <div className="card status-card" data-testid="brand-pending">
          <p>{t('brands.detail.pending')}</p>
          <dl className="facts">
            <TimeFact label={t('supplierAuth.status.submittedAt')} at={brand.submittedAt} />
            <TimeFact label={t('supplierAuth.status.dueAt')} at={brand.dueAt} testId="due-at" />
          </dl>
        </div>
      ) : null}

      {brand.status === 'approved' ? (
        <div className="card status-card" data-testid="brand-approved">
          <dl className="facts">
            <TimeFact label={t('brands.detail.approvedAt')} at={brand.decidedAt} />
            <Fact label={t('brands.list.validUntil')}>{brand.validUntil ? day(brand.validUntil) : null}</Fact>
          </dl>
        </div>
      ) : null}

      {endsSoon && brand.validUntil ? (
        <div className="alert alert-warning" role="status" data-testid="brand-ends-soon">
          {t('brands.detail.endsSoon', { date: day(brand.validUntil) })}
        </div>
      ) : null}

      {brand.status === 'rejected' && brand.rejection ? (
        <FormAlert tone="error" testId="brand-rejection">
          <strong>{t('brands.detail.rejected')}</strong>{' '}
          {brand.decidedAt ? <time dateTime={brand.decidedAt}>{format.dateTime(brand.decidedAt)}</time> : null}
          <BrandReasons
            reasons={brand.rejection.reasons}
            note={brand.rejection.note}
            only={editing ? (target) => target === 'general' : undefined}
          />
          {editing && brand.rejection.reasons.some((r) => r.target !== 'general') ? (
            <p>{t('supplierAuth.rejected.seeFields')}</p>
          ) : null}
        </FormAlert>
      ) : null}

      {renewing ? (
        <FormAlert tone="error" testId="brand-expired">
          {t('brands.detail.expired', { date: brand.validUntil ? day(brand.validUntil) : '' })}
        </FormAlert>
      ) : null}

      {editing ? (
        <div className="brand-edit" data-testid="brand-edit">
          <h3>{editLabel}</h3>
          <p className="lead">{t(renewing ? 'brands.detail.renewLead' : 'brands.detail.resubmitLead')}</p>
          <BrandForm
            kind={brand.kind}
            initial={renewing ? renewalValues(brand) : brandToValues(brand)}
            remarks={renewing ? undefined : remarks}
            submit={(input) => brandApi.resubmit(brand.id, brand.version, input)}
            onDone={(saved) => {
              queryClient.setQueryData(brandKeys.one(saved.id), { brand: saved });
              void queryClient.invalidateQueries({ queryKey: brandKeys.list(saved.kind) });
              void navigate(href(`/supplier/brands/${saved.id}`), { replace: true, state: { submitted: true } });
            }}
            onCancel={() => setParams({}, { replace: true })}
            onStale={reload}
          />
        </div>
      ) : (
        <>
          {brand.status === 'rejected' || renewing ? (
            <div className="wizard-nav wizard-nav-start">
              <button
                type="button"
                className="btn btn-primary btn-lg"
                data-testid="edit-brand"
                onClick={() => setParams({ edit: '1' })}
              >
                {editLabel}
              </button>
            </div>
          ) : null}
          <BrandFacts
            brand={brand}
            flagged={(field) => remarks.has(`brand.${field}`)}
            extra={(field) => <ReviewRemark reasons={remarks.get(`brand.${field}`)} />}
          />
        </>
      )}
    </section>
  );
}
