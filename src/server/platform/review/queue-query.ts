import { z } from 'zod';
import type { QueueFilter } from './queue.js';
import { safeText } from '../../../shared/schemas/text.js';

/**
 * The querystring every review queue route takes: one state (or "all"), free text, "overdue only".
 * `states` lists what may be asked for, "all" included; `awaiting` is the default.
 */
export function reviewQueueQuerystring<const S extends readonly [string, ...string[]]>(states: S, awaiting: S[number]) {
  return z.object({
    status: z.enum(states).default(awaiting),
    q: safeText().max(100).optional(),
    overdue: z.enum(['true', 'false']).optional(),
  });
}

/** The parsed querystring as the queue's filter. */
export function toQueueFilter<State extends string>(query: {
  status: State | 'all';
  q?: string;
  overdue?: 'true' | 'false';
}): QueueFilter<State> {
  return { status: query.status, q: query.q, overdue: query.overdue === 'true' };
}
