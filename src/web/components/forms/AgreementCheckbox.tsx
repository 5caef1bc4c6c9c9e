import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalizedHref } from '../../hooks/useLocale.js';
import { CheckboxField } from './CheckboxField.js';

/** "I have read and agree to 《User Agreement of Buttress Roots》"; the name opens the agreement in a new tab. */
export function AgreementCheckbox({
  checked,
  onChange,
  error,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const newTabId = useId();
  return (
    <CheckboxField
      name="agreementAccepted"
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
      error={error}
      after={
        <span id={newTabId} hidden>
          {t('common.opensInNewTab')}
        </span>
      }
    >
      <Trans
        i18nKey="auth.register.agreement"
        values={{ readAndAgree: t('terms.readAndAgree'), name: t('terms.userAgreement') }}
        components={{
          agreement: <Link to={href('/agreement')} target="_blank" rel="noopener" aria-describedby={newTabId} />,
        }}
      />
    </CheckboxField>
  );
}
