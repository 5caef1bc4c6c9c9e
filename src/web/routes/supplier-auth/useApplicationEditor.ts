import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Application, CompanyDraft, MaterialType } from '../../../shared/schemas/suppliers.js';
import { ME_KEY } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { APPLICATION_KEY, supplierApi } from '../../api/suppliers.js';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const isConflict = (error: unknown) => error instanceof ApiError && error.body.code === 'VERSION_CONFLICT';

/** True when `next` is a later saved state than `known` (none yet counts as earliest). */
const isNewer = (next: Application, known: Application | null) => !known || next.version > known.version;

/**
 * The applicant's side of the application: every change goes through one queue, so each
 * request carries the version the previous one returned. On 409 VERSION_CONFLICT (another
 * tab saved) the latest version is loaded and `onReloaded` tells the form to take it; a later
 * version that arrives otherwise (a refetch, a save answered after the page was left and
 * opened again) is taken with `adopt`.
 */
export function useApplicationEditor(
  initial: Application | null,
  onReloaded: (application: Application | null) => void,
) {
  const queryClient = useQueryClient();
  const current = useRef<Application | null>(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [application, setApplication] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [conflict, setConflict] = useState(false);
  const pending = useRef(0);

  const commit = useCallback(
    (next: Application | null) => {
      current.current = next;
      setApplication(next);
      queryClient.setQueryData(APPLICATION_KEY, { application: next });
    },
    [queryClient],
  );

  const reload = useCallback(async () => {
    const { application: latest } = await supplierApi.application();
    commit(latest);
    setConflict(true);
    onReloaded(latest);
  }, [commit, onReloaded]);

  /** Runs `op` after everything queued before it, with the latest known application. */
  const enqueue = useCallback(
    <T extends { application: Application }>(op: (app: Application | null) => Promise<T>): Promise<T> => {
      pending.current++;
      setSaveState('saving');
      const run = queue.current.then(() => op(current.current));
      const done = run.then(
        (result) => {
          commit(result.application);
          if (--pending.current === 0) setSaveState('saved');
          return result;
        },
        async (error: unknown) => {
          pending.current--;
          setSaveState('failed');
          if (isConflict(error)) await reload().catch(() => undefined);
          throw error;
        },
      );
      queue.current = done.catch(() => undefined);
      return done;
    },
    [commit, reload],
  );

  /** A later version from elsewhere becomes the base of the next request; true when taken. */
  const adopt = useCallback((next: Application) => {
    if (!isNewer(next, current.current)) return false;
    current.current = next;
    setApplication(next);
    return true;
  }, []);

  /** The application exists after the first save; materials need one. */
  const ensure = useCallback(async (app: Application | null, company: CompanyDraft): Promise<Application> => {
    if (app) return app;
    const { application: created } = await supplierApi.save({ company });
    current.current = created;
    return created;
  }, []);

  return useMemo(
    () => ({
      application,
      saveState,
      conflict,
      dismissConflict: () => setConflict(false),
      adopt,
      /** Resolves once every change asked for so far has been answered: checks then see their result. */
      settled: async (): Promise<Application | null> => {
        let last: Promise<unknown>;
        do {
          last = queue.current;
          await last;
        } while (last !== queue.current);
        return current.current;
      },
      saveDraft: (company: CompanyDraft) => enqueue((app) => supplierApi.save({ version: app?.version, company })),
      addMaterial: (type: MaterialType, fileId: string, company: CompanyDraft) =>
        enqueue(async (app) => {
          const target = await ensure(app, company);
          return supplierApi.addMaterial({ version: target.version, type, fileId });
        }),
      removeMaterial: (id: string) => enqueue((app) => supplierApi.removeMaterial(id, app?.version ?? 0)),
      submit: async () => {
        const result = await enqueue((app) => supplierApi.submit(app?.version ?? 0));
        // The header and the personal center show the new status.
        await queryClient.invalidateQueries({ queryKey: ME_KEY });
        return result;
      },
    }),
    [application, saveState, conflict, adopt, enqueue, ensure, queryClient],
  );
}
export type ApplicationEditor = ReturnType<typeof useApplicationEditor>;
