import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type ReviewDetail, useReviewDetail } from '../../api/review.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { LookalikesAlert } from '../../components/review/LookalikesAlert.js';
import { ReviewDetailFrame } from '../../components/review/ReviewDetailFrame.js';
import { ReviewStatusLine } from '../../components/review/ReviewStatusLine.js';
import { CompanyFacts } from '../../components/suppliers/CompanyFacts.js';
import { FilePreview } from '../../components/upload/FilePreview.js';
import { useFormat } from '../../hooks/useFormat.js';
import { ReviewActions } from './ReviewActions.js';
import { ReviewHistory } from './ReviewHistory.js';

/** One application for staff: applicant, company (changes marked), materials, history, decision. */
export function ReviewDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useReviewDetail(id);
  const company = query.data?.application.company;
  return (
    <ReviewDetailFrame
      consoleTitle={t('review.title')}
      consolePath="/admin/supplier-applications"
      name={company?.companyNameEn ?? company?.companyNameZh}
      fallbackName={t('review.detail')}
      query={query}
      errorText={t('errors.NOT_FOUND')}
    >
      {(detail) => <ApplicationReview detail={detail} />}
    </ReviewDetailFrame>
  );
}

function ApplicationReview({ detail }: { detail: ReviewDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { application, applicant, changes } = detail;
  const changed = new Set(changes?.fields ?? []);
  const added = new Set(changes?.materialsAdded ?? []);
  return (
    <>
      <ReviewStatusLine
        badge={
          <span className={`badge badge-${application.status}`} data-testid="application-status-badge">
            {t(`account.supplier.status.${application.status}`)}
          </span>
        }
        dueAt={application.status === 'submitted' ? application.dueAt : null}
      />
      <LookalikesAlert
        testId="same-credit-code"
        intro={t('review.sameCreditCode')}
        lookalikes={detail.sameCreditCode.map((other) => ({
          id: other.id,
          path: `/admin/supplier-applications/${other.id}`,
          name: other.companyNameEn ?? other.id,
          details: ` (${t(`account.supplier.status.${other.status}`, { defaultValue: other.status })})`,
        }))}
      />
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
          <div className="material-previews">
            {application.materials.map((m) => (
              <FilePreview
                key={m.id}
                file={m.file}
                label={t(`supplier.materialTypes.${m.type}`)}
                highlight={added.has(m.id) ? 'changed' : undefined}
                badge={
                  added.has(m.id) ? (
                    <span className="badge badge-changed" data-testid="changed-marker">
                      {t('review.newMaterial')}
                    </span>
                  ) : null
                }
                testId="material-preview"
              />
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
