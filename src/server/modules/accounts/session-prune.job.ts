import { platformDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { ScheduledJob } from '../../platform/jobs.js';
import { pruneSessions } from './session.repo.js';

/** Daily: forgets sessions that ended more than a month ago (the table would otherwise grow forever). */
export function sessionPruneJob(deps: { db: Db }): ScheduledJob {
  return {
    name: 'prune-sessions',
    runKey: (now) => platformDay(now),
    async run(now) {
      await pruneSessions(deps.db, now);
      return {};
    },
  };
}
