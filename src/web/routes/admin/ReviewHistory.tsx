import { useTranslation } from 'react-i18next';
import type { ReviewDetail } from '../../api/review.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useTargetLabel } from './targets.js';

/** Every submission and decision, newest first, with the reasons given. */
export function ReviewHistory({ detail }: { detail: ReviewDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const targetLabel = useTargetLabel(detail.application);
  return (
    <ol className="history" data-testid="review-history">
      {detail.history.map((event, i) => (
        <li key={`${event.createdAt}-${i}`}>
          <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>{' '}
          <strong>{t(`review.history.${event.kind}`, { defaultValue: event.kind })}</strong>
          {event.reasons.length ? (
            <ul>
              {event.reasons.map((r, j) => (
                <li key={j}>
                  {targetLabel(r.target)}: {t(`supplier.rejectionCodes.${r.code}`)}
                  {r.note ? ` — ${r.note}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {event.note ? <p className="muted">{event.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
