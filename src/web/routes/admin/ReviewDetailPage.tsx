import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useReviewDetail } from '../../api/review.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { CompanyFacts } from '../../components/suppliers/CompanyFacts.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { MaterialPreview } from './MaterialPreview.js';
import { ReviewActions } from './ReviewActions.js';
import { ReviewHistory } from './ReviewHistory.js';

/** One application for staff: applicant, company (changes marked), materials, history, decision. */
export function ReviewDetailPage() {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useReviewDetail(id);
  const detail = query.data;
  const name = detail?.application.company.companyNameEn ?? detail?.application.company.companyNameZh;
  usePageTitle(name ?? t('review.title'));

  let content;
  if (query.isPending) content = <p role="status">{t('common.loading')}</p>;
  else if (!detail) content = <FormAlert tone="error">{t('errors.NOT_FOUND')}</FormAlert>;
  else {
    const { application, applicant, changes } = detail;
    const changed = new Set(changes?.fields ?? []);
    const added = new Set(changes?.materialsAdded ?? []);
    content = (
      <>
        <p>
          <span className={`badge badge-${application.status}`} data-testid="application-status-badge">
            {t(`account.supplier.status.${application.status}`)}
          </span>{' '}
          {application.dueAt && application.status === 'submitted'
            ? t('review.dueBy', { date: format.dateTime(application.dueAt) })
            : null}
        </p>
        {detail.sameCreditCode.length ? (
          <FormAlert tone="error" testId="same-credit-code">
            {t('review.sameCreditCode')}
            <ul>
              {detail.sameCreditCode.map((other) => (
                <li key={other.id}>
                  <Link to={href(`/admin/supplier-applications/${other.id}`)}>{other.companyNameEn ?? other.id}</Link> (
                  {t(`account.supplier.status.${other.status}`, { defaultValue: other.status })})
                </li>
              ))}
            </ul>
          </FormAlert>
        ) : null}
        {changes && (changes.fields.length || added.size || changes.materialsRemoved.length) ? (
          <FormAlert tone="info" testId="changes-summary">
            {t('review.changesSummary')}
          </FormAlert>
        ) : null}
        <div className="review-layout">
          <section className="card" aria-labelledby="applicant-title">
            <h2 id="applicant-title">{t('review.applicant')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('auth.fields.accountName')}</dt>
                <dd>{applicant.accountName}</dd>
              </div>
              <div>
                <dt>{t('auth.fields.email')}</dt>
                <dd>{applicant.email}</dd>
              </div>
              {application.submittedAt ? (
                <div>
                  <dt>{t('supplierAuth.status.submittedAt')}</dt>
                  <dd>{format.dateTime(application.submittedAt)}</dd>
                </div>
              ) : null}
            </dl>
          </section>
          <section className="card" aria-labelledby="company-title">
            <h2 id="company-title">{t('supplierAuth.steps.company')}</h2>
            <CompanyFacts company={application.company} changed={changed} />
          </section>
          <section className="card" aria-labelledby="materials-title">
            <h2 id="materials-title">{t('supplierAuth.steps.materials')}</h2>
            <span id="opens-new-tab" hidden>
              {t('common.opensInNewTab')}
            </span>
            <div className="material-previews">
              {application.materials.map((m) => (
                <MaterialPreview key={m.id} material={m} isNew={added.has(m.id)} />
              ))}
            </div>
            {changes?.materialsRemoved.length ? (
              <p className="muted">
                {t('review.materialsRemoved', {
                  list: changes.materialsRemoved.map((type) => t(`supplier.materialTypes.${type}`)).join(', '),
                })}
              </p>
            ) : null}
          </section>
          <ReviewActions detail={detail} />
          <section className="card" aria-labelledby="history-title">
            <h2 id="history-title">{t('review.history.title')}</h2>
            <ReviewHistory detail={detail} />
          </section>
        </div>
      </>
    );
  }

  return (
    <div className="container review-page">
      <Breadcrumb
        items={[
          { label: t('terms.home'), to: href('/') },
          { label: t('review.title'), to: href('/admin/supplier-applications') },
          { label: name ?? t('review.detail') },
        ]}
      />
      <h1>{name ?? t('review.detail')}</h1>
      {content}
    </div>
  );
}
