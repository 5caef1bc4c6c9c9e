import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { OrderPreview, OrderSubmit } from '../../../shared/schemas/orders.js';
import { ApiError } from '../../api/client.js';
import { orderApi, orderKeys } from '../../api/orders.js';

type Lines = OrderSubmit['lines'];

/** Waits until the lines have stopped changing for this long before asking for prices. */
export const PREVIEW_DEBOUNCE_MS = 400;

/** Equal lines give an equal key: one request per content, whatever object holds it. */
const keyOf = (lines: Lines | null) => (lines ? JSON.stringify(lines) : '');

/**
 * The server's prices and totals for the order form's lines (POST /api/orders/preview); the
 * browser never computes money.
 *
 * Ordering: every answer is stored under the lines it was asked for (the query key), and the form
 * shows only the answer for the lines as they are now. A late answer for older lines lands in the
 * cache under its own key and is never shown, so it cannot overwrite a newer quantity's prices.
 * While the newest answer is on its way the previous one stays up, marked `updating`.
 * `lines` null: some quantity is not a number yet — nothing is asked.
 */
export function useOrderPreview(lines: Lines | null) {
  const key = keyOf(lines);
  const [debounced, setDebounced] = useState<{ key: string; lines: Lines | null }>({ key, lines });
  useEffect(() => {
    if (key === debounced.key) return;
    const timer = window.setTimeout(() => setDebounced({ key, lines }), PREVIEW_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
    // `lines` is represented by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, debounced.key]);

  const asked = debounced.lines;
  const query = useQuery({
    queryKey: orderKeys.preview(asked ?? []),
    queryFn: () => orderApi.preview(asked ?? []),
    enabled: Boolean(asked?.length),
    placeholderData: (previous) => previous,
    // A refusal (below the MOQ, off the shelf) is an answer, not a hiccup.
    retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    staleTime: 30_000,
  });

  // The trade types stay up while a refused line (below the MOQ …) has no prices.
  // (State adjusted while rendering, React's pattern for a value derived from earlier renders.)
  const [tradeTypes, setTradeTypes] = useState<OrderPreview['tradeTypes']>([]);
  if (query.data && query.data.tradeTypes.join() !== tradeTypes.join()) setTradeTypes(query.data.tradeTypes);

  const current = key === debounced.key && !query.isPlaceholderData;
  return {
    /** The latest answer (possibly for slightly older lines while `updating`). */
    preview: query.data,
    /** The lines `preview` and `error` belong to (error details name lines by their index in it). */
    askedLines: asked ?? [],
    error: current && query.isError ? query.error : null,
    /** The trade types of the latest answer that had any. */
    tradeTypes,
    /** An answer for the lines as they are is on its way (none is asked while a quantity is not a number). */
    updating: lines !== null && (!current || query.isFetching),
  };
}
