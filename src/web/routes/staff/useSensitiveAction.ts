import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';

/** The message for a refused staff change: the field code's text when there is one, else the error code's. */
function problemText(t: ReturnType<typeof useTranslation>['t'], error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.INTERNAL');
  const detail = error.body.details?.[0]?.code;
  if (detail === 'last_admin') return t('staffAdmin.staff.lastAdmin');
  if (detail) return t(`validation.${detail}`, { defaultValue: t(`errors.${error.body.code}`) });
  return t(`errors.${error.body.code}`, { defaultValue: t('errors.INTERNAL') });
}

/**
 * Runs a sensitive staff change: when the server answers REAUTH_REQUIRED, `awaitingReauth` asks for
 * a fresh authenticator code (ReauthDialog) and `confirmed()` retries the same change.
 */
export function useSensitiveAction() {
  const { t } = useTranslation();
  const [retry, setRetry] = useState<(() => void) | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    function attempt<T>(action: () => Promise<T>, onDone?: (result: T) => void): void {
      setProblem(null);
      setBusy(true);
      action().then(
        (result) => {
          setBusy(false);
          onDone?.(result);
        },
        (error: unknown) => {
          setBusy(false);
          if (error instanceof ApiError && error.body.code === 'REAUTH_REQUIRED') {
            setRetry(() => () => attempt(action, onDone));
            return;
          }
          setProblem(problemText(t, error));
        },
      );
    },
    [t],
  );

  return {
    run,
    busy,
    problem,
    awaitingReauth: retry !== null,
    cancelReauth: () => setRetry(null),
    confirmed: () => {
      const again = retry;
      setRetry(null);
      again?.();
    },
  };
}
