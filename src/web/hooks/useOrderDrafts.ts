import { useMemo, useSyncExternalStore } from 'react';
import { draftsSnapshot, listDrafts, readDraft, subscribeDrafts, type OrderDraft } from '../lib/orderDraft.js';

/** The signed-in user's order drafts, re-read whenever one changes (this tab or another). */
export function useOrderDrafts(userId: string | undefined): OrderDraft[] {
  const snapshot = useSyncExternalStore(subscribeDrafts, () => draftsSnapshot(userId));
  // The snapshot string stands for the drafts: re-read only when it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (userId ? listDrafts(userId) : []), [userId, snapshot]);
}

/** One supplier's draft of the signed-in user (null when there is none). */
export function useOrderDraft(userId: string | undefined, supplierId: string | undefined): OrderDraft | null {
  const snapshot = useSyncExternalStore(subscribeDrafts, () => draftsSnapshot(userId));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (userId && supplierId ? readDraft(userId, supplierId) : null), [userId, supplierId, snapshot]);
}
