import { useTranslation } from 'react-i18next';
import type { Application } from '../../../shared/schemas/suppliers.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useFormat } from '../../hooks/useFormat.js';

/** Above the form of a rejected application: when, why in general, and where the remarks are. */
export function RejectionSummary({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rejection = application.rejection;
  if (!rejection) return null;
  const general = rejection.reasons.filter((r) => r.target === 'general');
  const targeted = rejection.reasons.length - general.length;
  return (
    <div className="rejection-summary" data-testid="rejection-summary">
      <FormAlert tone="error">
        <strong>{t('supplierAuth.rejected.title')}</strong>{' '}
        {application.decidedAt ? (
          <time dateTime={application.decidedAt}>{format.dateTime(application.decidedAt)}</time>
        ) : null}
        <p>{t('supplierAuth.rejected.lead')}</p>
        {general.length ? (
          <ul>
            {general.map((r, i) => (
              <li key={i}>
                {t(`supplier.rejectionCodes.${r.code}`)}
                {r.note ? ` — ${r.note}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
        {targeted ? <p>{t('supplierAuth.rejected.seeFields')}</p> : null}
        {rejection.note ? (
          <p data-testid="staff-note">
            <strong>{t('supplierAuth.rejected.staffNote')}</strong> {rejection.note}
          </p>
        ) : null}
      </FormAlert>
    </div>
  );
}
