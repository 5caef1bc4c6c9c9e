import { useSearchParams } from 'react-router';
import type { QueueFilter } from './types.js';

/**
 * The queue's filters, read from and written to the URL (so a filtered queue can be bookmarked
 * and "Back" restores it). The default status is left out of the URL to keep the plain link short.
 */
export function useQueueFilter<Status extends string>(
  statuses: readonly Status[],
  defaultStatus: Status,
): [QueueFilter<Status>, (patch: Partial<QueueFilter<Status>>) => void] {
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const filter: QueueFilter<Status> = {
    status: statuses.find((s) => s === requested) ?? defaultStatus,
    q: params.get('q') ?? '',
    overdue: params.get('overdue') === 'true',
  };

  const update = (patch: Partial<QueueFilter<Status>>) => {
    const next = { ...filter, ...patch };
    const search = new URLSearchParams();
    if (next.status !== defaultStatus) search.set('status', next.status);
    if (next.q) search.set('q', next.q);
    if (next.overdue) search.set('overdue', 'true');
    setParams(search, { replace: true });
  };

  return [filter, update];
}
