import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ORDER_LINES } from '../../shared/schemas/orders.js';
import {
  addToDraft,
  clearDraft,
  DRAFT_MAX_LINES,
  draftKey,
  draftsSnapshot,
  listDrafts,
  readDraft,
  removeLine,
  saveDetails,
  savePending,
  setLineQuantity,
  subscribeDrafts,
  type DraftLine,
} from './orderDraft.js';

/** localStorage as the browser has it (the tests run in node). */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const BUYER = '11111111-1111-4111-8111-111111111111';
const OTHER_BUYER = '22222222-2222-4222-8222-222222222222';
const ACME = { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', name: 'Acme Hardware' };
const BOLTS = { id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', name: 'Bolt Works' };

const line = (productId: string, quantity = 500): DraftLine => ({
  productId,
  quantity,
  name: `Product ${productId}`,
  unit: 'piece',
  moq: 500,
  modelNumber: null,
  pictureUrl: null,
});

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('order drafts', () => {
  it('allows as many lines as an order may have', () => {
    expect(DRAFT_MAX_LINES).toBe(MAX_ORDER_LINES);
  });

  it('collects products of one supplier into one draft, keyed by user and supplier', () => {
    expect(addToDraft(BUYER, ACME, line('p1')).result).toBe('added');
    expect(addToDraft(BUYER, ACME, line('p2', 800)).result).toBe('added');
    const draft = readDraft(BUYER, ACME.id);
    expect(draft?.supplierName).toBe('Acme Hardware');
    expect(draft?.lines.map((l) => [l.productId, l.quantity])).toEqual([
      ['p1', 500],
      ['p2', 800],
    ]);
    expect(storage.getItem(draftKey(BUYER, ACME.id))).not.toBeNull();
  });

  it('starts a separate draft for a product of another supplier', () => {
    addToDraft(BUYER, ACME, line('p1'));
    addToDraft(BUYER, BOLTS, line('p9'));
    expect(readDraft(BUYER, ACME.id)?.lines).toHaveLength(1);
    expect(readDraft(BUYER, BOLTS.id)?.lines.map((l) => l.productId)).toEqual(['p9']);
    expect(
      listDrafts(BUYER)
        .map((d) => d.supplierId)
        .sort(),
    ).toEqual([ACME.id, BOLTS.id].sort());
  });

  it('keeps another user’s drafts apart', () => {
    addToDraft(BUYER, ACME, line('p1'));
    expect(readDraft(OTHER_BUYER, ACME.id)).toBeNull();
    expect(listDrafts(OTHER_BUYER)).toEqual([]);
    expect(draftsSnapshot(OTHER_BUYER)).toBe('');
    expect(draftsSnapshot(undefined)).toBe('');
  });

  it('adding a product again sets its quantity instead of adding a second line', () => {
    addToDraft(BUYER, ACME, line('p1', 500));
    expect(addToDraft(BUYER, ACME, line('p1', 1200)).result).toBe('updated');
    expect(readDraft(BUYER, ACME.id)?.lines.map((l) => l.quantity)).toEqual([1200]);
  });

  it('refuses a line beyond the most an order may have, and keeps the draft', () => {
    for (let i = 0; i < DRAFT_MAX_LINES; i++) addToDraft(BUYER, ACME, line(`p${i}`));
    expect(addToDraft(BUYER, ACME, line('one-too-many')).result).toBe('full');
    expect(readDraft(BUYER, ACME.id)?.lines).toHaveLength(DRAFT_MAX_LINES);
  });

  it('changes quantities, removes lines and disappears with its last line', () => {
    addToDraft(BUYER, ACME, line('p1'));
    addToDraft(BUYER, ACME, line('p2'));
    setLineQuantity(BUYER, ACME.id, 'p2', 900);
    expect(readDraft(BUYER, ACME.id)?.lines.find((l) => l.productId === 'p2')?.quantity).toBe(900);
    removeLine(BUYER, ACME.id, 'p1');
    expect(readDraft(BUYER, ACME.id)?.lines.map((l) => l.productId)).toEqual(['p2']);
    removeLine(BUYER, ACME.id, 'p2');
    expect(readDraft(BUYER, ACME.id)).toBeNull();
    expect(storage.getItem(draftKey(BUYER, ACME.id))).toBeNull();
  });

  it('keeps the form’s fields and the pending submission until the draft is cleared', () => {
    addToDraft(BUYER, ACME, line('p1'));
    saveDetails(BUYER, ACME.id, { tradeType: 'export', destinationPort: 'Hamburg', buyerNote: 'Pallets, please' });
    savePending(BUYER, ACME.id, { key: 'key-1234-5678', body: '{"lines":[]}' });
    // A product added later keeps what was typed in the form.
    addToDraft(BUYER, ACME, line('p2'));
    const draft = readDraft(BUYER, ACME.id);
    expect(draft?.details).toEqual({ tradeType: 'export', destinationPort: 'Hamburg', buyerNote: 'Pallets, please' });
    expect(draft?.pending?.key).toBe('key-1234-5678');
    clearDraft(BUYER, ACME.id);
    expect(readDraft(BUYER, ACME.id)).toBeNull();
  });

  it('treats a malformed or foreign stored value as no draft', () => {
    storage.setItem(draftKey(BUYER, ACME.id), '{not json');
    expect(readDraft(BUYER, ACME.id)).toBeNull();
    storage.setItem(draftKey(BUYER, ACME.id), JSON.stringify({ userId: OTHER_BUYER, supplierId: ACME.id, lines: [] }));
    expect(readDraft(BUYER, ACME.id)).toBeNull();
    storage.setItem(
      draftKey(BUYER, ACME.id),
      JSON.stringify({ userId: BUYER, supplierId: ACME.id, lines: [{ productId: 'p1', quantity: 'lots' }] }),
    );
    expect(readDraft(BUYER, ACME.id)).toBeNull();
  });

  it('tells subscribers about every change, until they unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeDrafts(listener);
    addToDraft(BUYER, ACME, line('p1'));
    setLineQuantity(BUYER, ACME.id, 'p1', 700);
    expect(listener).toHaveBeenCalledTimes(2);
    const before = draftsSnapshot(BUYER);
    clearDraft(BUYER, ACME.id);
    expect(draftsSnapshot(BUYER)).not.toBe(before);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    addToDraft(BUYER, ACME, line('p1'));
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('works without storage (disabled by the browser): nothing is kept, nothing throws', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(addToDraft(BUYER, ACME, line('p1')).draft?.lines).toHaveLength(1);
    expect(readDraft(BUYER, ACME.id)).toBeNull();
    expect(listDrafts(BUYER)).toEqual([]);
  });
});
