import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { twoFactorApi, type TwoFactorEnrolment as Enrolment, useTwoFactorStatus } from '../../api/two-factor.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { useFieldErrors } from '../../hooks/useFieldErrors.js';
import { RecoveryCodes } from './RecoveryCodes.js';
import { TwoFactorEnrolment } from './TwoFactorEnrolment.js';
import { TwoFactorManage } from './TwoFactorManage.js';

const NO_FIELDS = [] as const;
export const TWO_FACTOR_SECTION_ID = 'two-factor';

/**
 * "Two-factor authentication" (TOTP): set up an authenticator app, keep the recovery codes, and —
 * except for staff, who must keep it — turn it off. Staff without one are sent here (#two-factor).
 */
export function TwoFactorCard() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const status = useTwoFactorStatus();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [starting, setStarting] = useState(false);
  const form = useFieldErrors(NO_FIELDS);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Sent here to enrol (staff): bring the card into view and move the focus to it.
  useEffect(() => {
    if (hash !== `#${TWO_FACTOR_SECTION_ID}` || !status.data) return;
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus();
  }, [hash, status.data]);

  const start = () => {
    setStarting(true);
    form.clear();
    twoFactorApi
      .startEnrolment()
      .then(setEnrolment, (error: unknown) => form.applyApiError(error))
      .finally(() => setStarting(false));
  };

  let content;
  if (recoveryCodes) content = <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />;
  else if (status.isPending) content = <p role="status">{t('common.loading')}</p>;
  else if (status.isError) content = <FormAlert tone="error">{t('errors.INTERNAL')}</FormAlert>;
  else if (status.data.enabled) content = <TwoFactorManage status={status.data} onNewCodes={setRecoveryCodes} />;
  else if (enrolment)
    content = (
      <TwoFactorEnrolment
        enrolment={enrolment}
        onCancel={() => setEnrolment(null)}
        onConfirmed={(codes) => {
          setEnrolment(null);
          setRecoveryCodes(codes);
        }}
      />
    );
  else
    content = (
      <>
        {status.data.required ? (
          <FormAlert tone="info" testId="totp-required">
            {t('twoFactor.status.staffMustEnrol')}
          </FormAlert>
        ) : null}
        <p>{t('twoFactor.status.off')}</p>
        <button type="button" className="btn btn-primary" onClick={start} disabled={starting}>
          {t('twoFactor.enrol.start')}
        </button>
      </>
    );

  return (
    <section className="card two-factor-card" aria-labelledby="two-factor-title" id={TWO_FACTOR_SECTION_ID}>
      <h2 id="two-factor-title" ref={headingRef} tabIndex={-1}>
        {t('twoFactor.title')}
      </h2>
      <p className="muted">{t('twoFactor.lead')}</p>
      {form.formError ? <FormAlert tone="error">{form.formError}</FormAlert> : null}
      {content}
    </section>
  );
}
