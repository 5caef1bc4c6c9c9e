import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** One-click copy of a value (navigator.clipboard), confirmed with a translated "Copied" for a moment. */
export function CopyButton({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      // No clipboard permission (or an insecure page): the value stays selectable by hand.
      setState('failed');
    }
  };

  return (
    <span className="copy">
      <button
        type="button"
        className="btn btn-ghost btn-small"
        aria-label={t('documents.copy.label', { field: label })}
        data-testid={testId}
        onClick={() => void copy()}
      >
        {t('documents.copy.button')}
      </button>
      <span role="status" className={state === 'failed' ? 'field-error small' : 'muted small'}>
        {state === 'copied' ? t('documents.copy.copied') : state === 'failed' ? t('documents.copy.failed') : ''}
      </span>
    </span>
  );
}

/**
 * A SHA-256 shortened to its first 12 digits, the full value in the title (shown on hover and
 * read by screen readers) — no button, so staff's read-only view stays without any.
 */
export function Sha256({ value, testId }: { value: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <code
      className="mono sha"
      title={value}
      aria-label={t('documents.sha256Full', { value })}
      data-sha256={value}
      data-testid={testId}
    >
      {value.slice(0, 12)}…
    </code>
  );
}
