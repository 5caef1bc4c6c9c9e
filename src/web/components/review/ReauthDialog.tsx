import { useId } from 'react';
import { useModalDialog } from '../../hooks/useModalDialog.js';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { twoFactorApi } from '../../api/two-factor.js';
import { CodeForm } from '../forms/CodeForm.js';

/**
 * Asked when the server answers REAUTH_REQUIRED to a decision: a fresh code from the authenticator
 * (or a recovery code), then `onConfirmed` retries the decision. Native <dialog>: modal, Escape cancels.
 */
export function ReauthDialog({
  open,
  onConfirmed,
  onCancel,
}: {
  open: boolean;
  onConfirmed: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useModalDialog(open);
  const titleId = useId();
  const reauth = useMutation({ mutationFn: twoFactorApi.reauthenticate });

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      data-testid="reauth-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!reauth.isPending) onCancel();
      }}
    >
      <h2 id={titleId}>{t('twoFactor.reauth.title')}</h2>
      <p>{t('twoFactor.reauth.lead')}</p>
      {open ? (
        <CodeForm
          label={t('twoFactor.fields.code')}
          submitLabel={t('twoFactor.reauth.submit')}
          busy={reauth.isPending}
          submit={async (code) => {
            await reauth.mutateAsync(code);
            onConfirmed();
          }}
          extra={
            <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={reauth.isPending}>
              {t('twoFactor.cancel')}
            </button>
          }
        />
      ) : null}
    </dialog>
  );
}
