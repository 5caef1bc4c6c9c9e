import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Application } from '../../../shared/schemas/suppliers.js';
import { CompanyFacts } from '../../components/suppliers/CompanyFacts.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { MaterialList } from './ConfirmStep.js';

/** A submitted application ("Under review", when it is due) or an approved one (on to "Supplier"). */
export function StatusPanel({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormat();
  const href = useLocalizedHref();
  const approved = application.status === 'approved';
  return (
    <div className="status-panel" data-testid="application-status">
      <section className={`card status-card status-${application.status}`} aria-labelledby="status-title">
        <h2 id="status-title">
          <span className={`badge badge-${application.status}`} data-testid="application-status-badge">
            {t(`account.supplier.status.${application.status}`)}
          </span>
        </h2>
        {approved ? (
          <>
            <p>{t('account.supplier.description.approved')}</p>
            {application.decidedAt ? (
              <p className="muted">
                {t('supplierAuth.status.approvedAt', { date: format.dateTime(application.decidedAt) })}
              </p>
            ) : null}
            <Link className="btn btn-primary btn-lg" to={href('/supplier')} data-testid="supplier-center-link">
              {t('terms.supplier')}
            </Link>
          </>
        ) : (
          <>
            <p>{t('account.supplier.description.submitted')}</p>
            <dl className="facts">
              {application.submittedAt ? (
                <div>
                  <dt>{t('supplierAuth.status.submittedAt')}</dt>
                  <dd>
                    <time dateTime={application.submittedAt}>{format.dateTime(application.submittedAt)}</time>
                  </dd>
                </div>
              ) : null}
              {application.dueAt ? (
                <div>
                  <dt>{t('supplierAuth.status.dueAt')}</dt>
                  <dd data-testid="due-at">
                    <time dateTime={application.dueAt}>{format.dateTime(application.dueAt)}</time>
                  </dd>
                </div>
              ) : null}
            </dl>
            <p className="muted" data-testid="review-time-note">
              {t('supplierAuth.status.usually')}
            </p>
          </>
        )}
      </section>
      <details className="card status-details">
        <summary>{t('supplierAuth.status.showSubmitted')}</summary>
        <CompanyFacts company={application.company} />
        <MaterialList materials={application.materials} />
      </details>
    </div>
  );
}
