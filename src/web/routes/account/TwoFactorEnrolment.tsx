import { useTranslation } from 'react-i18next';
import { twoFactorApi, type TwoFactorEnrolment as Enrolment, useTwoFactorMutation } from '../../api/two-factor.js';
import { CodeForm } from '../../components/forms/CodeForm.js';

/** The secret in groups of four, easier to type into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** Enrolment, step two: scan (or type) the secret, then prove it with the app's first code. */
export function TwoFactorEnrolment({
  enrolment,
  onConfirmed,
  onCancel,
}: {
  enrolment: Enrolment;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useTwoFactorMutation(twoFactorApi.confirmEnrolment);
  return (
    <div className="totp-setup" data-testid="totp-enrolment">
      <img className="totp-qr" src={enrolment.qrCode} alt={t('twoFactor.enrol.qrAlt')} width={220} height={220} />
      <div>
        <ol>
          <li>{t('twoFactor.enrol.stepScan')}</li>
          <li>
            {t('twoFactor.enrol.stepManual')}{' '}
            <code className="totp-secret" data-testid="totp-secret" data-secret={enrolment.secret}>
              {grouped(enrolment.secret)}
            </code>
          </li>
          <li>{t('twoFactor.enrol.stepConfirm')}</li>
        </ol>
        <CodeForm
          label={t('twoFactor.fields.appCode')}
          submitLabel={t('twoFactor.enrol.confirm')}
          busy={confirm.isPending}
          submit={async (code) => onConfirmed((await confirm.mutateAsync(code)).recoveryCodes)}
          extra={
            <button type="button" className="btn btn-ghost" onClick={onCancel}>
              {t('twoFactor.cancel')}
            </button>
          }
          testId="totp-confirm"
        />
      </div>
    </div>
  );
}
