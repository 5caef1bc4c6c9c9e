/**
 * Order drafts (issue 12, "Add to order"): what a buyer collects from one supplier's product
 * pages before opening the order form. One draft per signed-in user and supplier, kept in
 * localStorage under `br:order-draft:<userId>:<supplierId>`, so it survives reloads, a trip to the
 * address book and a new tab; a product of another supplier starts that supplier's own draft.
 *
 * The draft holds no prices: unit prices and totals always come from the server
 * (POST /api/orders/preview). It keeps what the form needs to show a line before (or without) a
 * preview answer, and the form's other fields, so nothing typed is lost. Zod-free: the product
 * page (entry chunk) uses it.
 */

/** = MAX_ORDER_LINES in src/shared/schemas/orders.ts (orderDraft.test.ts keeps them equal). */
export const DRAFT_MAX_LINES = 50;
/** Highest quantity the API accepts for one line. */
export const DRAFT_MAX_QUANTITY = 100_000_000;

export interface DraftLine {
  productId: string;
  quantity: number;
  /** As the product page showed them (the form prefers the server's snapshot in the page's language). */
  name: string;
  unit: string;
  moq: number;
  modelNumber: string | null;
  pictureUrl: string | null;
}

/** The order form's own fields, saved as the buyer types (strings as in the inputs). */
export interface DraftDetails {
  tradeType?: string;
  addressId?: string;
  destinationCountry?: string;
  destinationPort?: string;
  preferredIncoterm?: string;
  invoiceRequired?: boolean;
  invoiceProfileId?: string;
  requestedDeliveryDate?: string;
  buyerNote?: string;
}

/** The Idempotency-Key of a submission and the body it was sent with: a retry of the same body reuses it. */
export interface PendingSubmission {
  key: string;
  body: string;
}

export interface OrderDraft {
  userId: string;
  supplierId: string;
  supplierName: string;
  lines: DraftLine[];
  details: DraftDetails;
  pending?: PendingSubmission;
  updatedAt: string;
}

export type AddResult = 'added' | 'updated' | 'full';

const PREFIX = 'br:order-draft:';
/** Same-tab listeners; other tabs hear the `storage` event. */
const listeners = new Set<() => void>();

export const draftKey = (userId: string, supplierId: string) => `${PREFIX}${userId}:${supplierId}`;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage disabled (privacy settings): the buyer can still order one product at a time.
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isLine(v: unknown): v is DraftLine {
  return (
    isRecord(v) &&
    typeof v.productId === 'string' &&
    Number.isInteger(v.quantity) &&
    typeof v.name === 'string' &&
    typeof v.unit === 'string' &&
    typeof v.moq === 'number'
  );
}

/** Reads a stored draft; anything malformed (an old shape, a hand edit) counts as no draft. */
function parse(raw: string | null, userId: string, supplierId: string): OrderDraft | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!isRecord(value) || value.userId !== userId || value.supplierId !== supplierId) return null;
    if (!Array.isArray(value.lines)) return null;
    const lines = value.lines.filter(isLine);
    if (!lines.length) return null;
    return {
      userId,
      supplierId,
      supplierName: typeof value.supplierName === 'string' ? value.supplierName : '',
      lines,
      details: isRecord(value.details) ? (value.details as DraftDetails) : {},
      pending: isRecord(value.pending) ? (value.pending as unknown as PendingSubmission) : undefined,
      updatedAt: typeof value.updatedAt === 'string' ? value.updatedAt : '',
    };
  } catch {
    return null;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

function write(draft: OrderDraft | null, userId: string, supplierId: string): void {
  const store = storage();
  if (!store) return;
  const key = draftKey(userId, supplierId);
  try {
    if (draft && draft.lines.length) store.setItem(key, JSON.stringify(draft));
    else store.removeItem(key);
  } catch {
    // Quota exceeded: the draft stays as it was.
  }
  notify();
}

export function readDraft(userId: string, supplierId: string): OrderDraft | null {
  return parse(storage()?.getItem(draftKey(userId, supplierId)) ?? null, userId, supplierId);
}

/** Every draft of the user, most recently changed first. */
export function listDrafts(userId: string): OrderDraft[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${PREFIX}${userId}:`;
  const drafts: OrderDraft[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    const draft = parse(store.getItem(key), userId, key.slice(prefix.length));
    if (draft) drafts.push(draft);
  }
  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

function change(
  userId: string,
  supplierId: string,
  update: (draft: OrderDraft | null) => OrderDraft | null,
): OrderDraft | null {
  const next = update(readDraft(userId, supplierId));
  const stamped = next ? { ...next, updatedAt: new Date().toISOString() } : null;
  write(stamped, userId, supplierId);
  return stamped;
}

/**
 * "Add to order" / "Place order": puts the product into its supplier's draft with this quantity
 * (a product already there gets the new quantity). 'full' when the draft has the most lines an
 * order may have.
 */
export function addToDraft(
  userId: string,
  supplier: { id: string; name: string },
  line: DraftLine,
): { result: AddResult; draft: OrderDraft | null } {
  let result: AddResult = 'added';
  const draft = change(userId, supplier.id, (current) => {
    const base: OrderDraft = current ?? {
      userId,
      supplierId: supplier.id,
      supplierName: supplier.name,
      lines: [],
      details: {},
      updatedAt: '',
    };
    const existing = base.lines.findIndex((l) => l.productId === line.productId);
    if (existing >= 0) {
      result = 'updated';
      const lines = base.lines.map((l, i) => (i === existing ? line : l));
      return { ...base, supplierName: supplier.name, lines };
    }
    if (base.lines.length >= DRAFT_MAX_LINES) {
      result = 'full';
      return current;
    }
    return { ...base, supplierName: supplier.name, lines: [...base.lines, line] };
  });
  return { result, draft };
}

export function setLineQuantity(userId: string, supplierId: string, productId: string, quantity: number): void {
  change(userId, supplierId, (draft) =>
    draft ? { ...draft, lines: draft.lines.map((l) => (l.productId === productId ? { ...l, quantity } : l)) } : null,
  );
}

/** Removes a line; the draft disappears with its last line. */
export function removeLine(userId: string, supplierId: string, productId: string): void {
  change(userId, supplierId, (draft) =>
    draft ? { ...draft, lines: draft.lines.filter((l) => l.productId !== productId) } : null,
  );
}

export function saveDetails(userId: string, supplierId: string, details: DraftDetails): void {
  change(userId, supplierId, (draft) => (draft ? { ...draft, details } : null));
}

/** Remembers (or forgets) the key a submission was sent with. */
export function savePending(userId: string, supplierId: string, pending: PendingSubmission | undefined): void {
  change(userId, supplierId, (draft) => (draft ? { ...draft, pending } : null));
}

/** After a submitted order: the draft is gone. */
export function clearDraft(userId: string, supplierId: string): void {
  write(null, userId, supplierId);
}

/** Calls `listener` when any draft changes, in this tab or another one. */
export function subscribeDrafts(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

/** A snapshot string of the user's drafts (for useSyncExternalStore: equal strings, no re-render). */
export function draftsSnapshot(userId: string | undefined): string {
  if (!userId) return '';
  const store = storage();
  if (!store) return '';
  const prefix = `${PREFIX}${userId}:`;
  const parts: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) parts.push(`${key}=${store.getItem(key) ?? ''}`);
  }
  return parts.sort().join('\n');
}
