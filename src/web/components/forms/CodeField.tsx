import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeSent } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { useCountdown } from '../../hooks/useCountdown.js';
import { useFormat } from '../../hooks/useFormat.js';
import { FormField } from './FormField.js';

/** How long the server asks us to wait before another code (429: Retry-After, or the detail's params). */
export function cooldownSeconds(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.body.code !== 'RATE_LIMITED') return undefined;
  const fromDetail = error.body.details?.find((d) => d.code === 'code_cooldown')?.params?.seconds;
  return error.retryAfterSeconds ?? (typeof fromDetail === 'number' ? fromDetail : undefined);
}

export interface CodeFieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  /** Starts the request, or returns null when the form is not ready (e.g. the email is invalid). */
  send: () => Promise<CodeSent> | null;
  onSent: (result: CodeSent) => void;
  onSendError: (error: unknown) => void;
  disabled?: boolean;
}

/** The 6-digit email code with its "Send code" button, which counts down before a resend. */
export function CodeField({ value, onChange, onBlur, error, send, onSent, onSendError, disabled }: CodeFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countdown = useCountdown();
  const [sending, setSending] = useState(false);
  const [sentOnce, setSentOnce] = useState(false);

  const onSend = async () => {
    const request = send();
    if (!request) return;
    setSending(true);
    try {
      const result = await request;
      countdown.start(result.resendAfterSeconds);
      setSentOnce(true);
      onSent(result);
    } catch (failure) {
      const wait = cooldownSeconds(failure);
      if (wait !== undefined) countdown.start(wait);
      onSendError(failure);
    } finally {
      setSending(false);
    }
  };

  const label = sending
    ? t('auth.code.sending')
    : countdown.running
      ? t('auth.code.resendIn', { duration: format.seconds(countdown.remaining, 'short') })
      : sentOnce
        ? t('auth.code.resend')
        : t('auth.code.send');

  return (
    <FormField
      label={t('auth.fields.code')}
      name="code"
      hint={t('auth.code.hint')}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      value={value}
      // NFKC turns full-width digits typed with a CJK input method into 0-9.
      onChange={(event) => onChange(event.target.value.normalize('NFKC').replace(/\D/g, ''))}
      onBlur={onBlur}
      error={error}
      addon={
        <button
          type="button"
          className="btn btn-ghost btn-addon"
          data-testid="send-code"
          disabled={disabled || sending || countdown.running}
          onClick={() => void onSend()}
        >
          {label}
        </button>
      }
    />
  );
}
