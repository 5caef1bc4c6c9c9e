import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/forms/FormAlert.js';

/** The recovery codes, shown once: right after enrolment or after asking for new ones. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="recovery-codes">
      <FormAlert tone="success">{t('twoFactor.recovery.shownOnce')}</FormAlert>
      <p>{t('twoFactor.recovery.lead')}</p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn-primary" onClick={onDone}>
        {t('twoFactor.recovery.saved')}
      </button>
    </div>
  );
}
