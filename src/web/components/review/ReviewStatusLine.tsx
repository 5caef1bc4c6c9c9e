import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../hooks/useFormat.js';

/** The status badge and, while a decision is awaited, when it is due. */
export function ReviewStatusLine({ badge, dueAt }: { badge: ReactNode; dueAt: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p>
      {badge} {dueAt ? t('review.dueBy', { date: format.dateTime(dueAt) }) : null}
    </p>
  );
}
