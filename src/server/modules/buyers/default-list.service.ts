import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, notFound } from '../../platform/errors.js';
import { lockBuyerList } from './buyer-lock.repo.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** What a buyer's list with one default (addresses, invoice profiles) stores, per list. */
export interface DefaultListStore<Row, Values> {
  name: 'addresses' | 'invoice_profiles';
  /** For messages and the not-found answer ("Address", "Invoice profile"). */
  label: string;
  max: number;
  /** The detail code of the limit refusal, e.g. "address_limit". */
  limitCode: string;
  list(db: Db | Tx, userId: string): Promise<Row[]>;
  find(db: Db | Tx, userId: string, id: string): Promise<Row | undefined>;
  count(tx: Tx, userId: string): Promise<number>;
  insert(tx: Tx, userId: string, values: Values, isDefault: boolean, now: Date): Promise<Row>;
  update(tx: Tx, userId: string, id: string, version: number, values: Values, now: Date): Promise<Row | undefined>;
  remove(tx: Tx, userId: string, id: string, version: number): Promise<(Row & { isDefault: boolean }) | undefined>;
  makeDefault(tx: Tx, userId: string, id: string): Promise<boolean>;
  newest(tx: Tx, userId: string): Promise<{ id: string } | undefined>;
}

/**
 * The rules both lists share: at most `max` entries (422 LIMIT_REACHED); exactly one default
 * while there are entries — the first one becomes it, setting another clears the previous one in
 * the same transaction, deleting it makes the newest remaining one the default; edits and
 * deletions carry the version read (409 VERSION_CONFLICT); another account's entry is 404.
 * Every change runs under the account's list lock (lockBuyerList).
 */
export function createDefaultListService<Row extends { id: string }, Values>(
  deps: { db: Db; clock: Clock },
  store: DefaultListStore<Row, Values>,
) {
  const { db, clock } = deps;
  const locked = <T>(userId: string, work: (tx: Tx) => Promise<T>) =>
    db.transaction(async (tx) => {
      await lockBuyerList(tx, store.name, userId);
      return work(tx);
    });
  /** Read again inside the transaction: the answer shows what was committed. */
  const reread = async (tx: Tx, userId: string, id: string) => (await store.find(tx, userId, id))!;

  /** 409 when the entry is there at another version, 404 when it is not this account's. */
  const refuse = async (tx: Tx, userId: string, id: string): Promise<never> => {
    if (await store.find(tx, userId, id)) {
      throw new AppError('VERSION_CONFLICT', `The ${store.label.toLowerCase()} was changed in the meantime`);
    }
    throw notFound(store.label);
  };

  return {
    list: (userId: string) => store.list(db, userId),

    async create(userId: string, values: Values, makeDefault: boolean): Promise<Row> {
      return locked(userId, async (tx) => {
        const existing = await store.count(tx, userId);
        if (existing >= store.max) {
          throw new AppError('LIMIT_REACHED', `At most ${store.max} entries`, [
            { path: '', code: store.limitCode, params: { max: store.max } },
          ]);
        }
        const first = existing === 0;
        const row = await store.insert(tx, userId, values, first, clock.now());
        if (makeDefault && !first) await store.makeDefault(tx, userId, row.id);
        return reread(tx, userId, row.id);
      });
    },

    /** The default stays the default: it changes only by making another entry the default. */
    async update(userId: string, id: string, version: number, values: Values, makeDefault: boolean): Promise<Row> {
      return locked(userId, async (tx) => {
        const row = await store.update(tx, userId, id, version, values, clock.now());
        if (!row) return refuse(tx, userId, id);
        if (makeDefault) await store.makeDefault(tx, userId, id);
        return reread(tx, userId, id);
      });
    },

    async remove(userId: string, id: string, version: number): Promise<Row[]> {
      return locked(userId, async (tx) => {
        const removed = await store.remove(tx, userId, id, version);
        if (!removed) return refuse(tx, userId, id);
        if (removed.isDefault) {
          const next = await store.newest(tx, userId);
          if (next) await store.makeDefault(tx, userId, next.id);
        }
        return store.list(tx, userId);
      });
    },

    /** Idempotent: making the default the default again changes nothing. */
    async setDefault(userId: string, id: string): Promise<Row[]> {
      return locked(userId, async (tx) => {
        if (!(await store.makeDefault(tx, userId, id))) throw notFound(store.label);
        return store.list(tx, userId);
      });
    },
  };
}
export type DefaultListService<Row extends { id: string }, Values> = ReturnType<
  typeof createDefaultListService<Row, Values>
>;
