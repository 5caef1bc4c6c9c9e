import { useTranslation } from 'react-i18next';
import type { SaveState } from './useApplicationEditor.js';

/** "Saving…" / "Saved" next to the form, announced politely. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state === 'saving'
      ? t('supplierAuth.save.saving')
      : state === 'saved'
        ? t('supplierAuth.save.saved')
        : state === 'failed'
          ? t('supplierAuth.save.failed')
          : t('supplierAuth.save.auto');
  return (
    <p className={`save-status save-${state}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
