import type { z } from 'zod';
import {
  CONVERSATION_PAGE_SIZE,
  type ConversationDetail,
  type ConversationList,
  type conversationListQuerySchema,
  type ConversationSide,
  type ProductCard,
} from '../../../shared/schemas/messages.js';
import { platformDay } from '../../../shared/working-days.js';
import type { RequestUser } from '../../platform/access.js';
import { AppError, notFound } from '../../platform/errors.js';
import { JsonText } from '../../platform/json-text.js';
import type { ModuleContext } from '../../platform/module-context.js';
import { countHit, rateLimited } from '../../platform/rate-limiter.js';
import { orderableProducts } from '../catalog/index.js';
import { orderWithViewer } from '../orders/index.js';
import {
  conversationById,
  conversationForParty,
  conversationIdOfPair,
  countConversations,
  emailDigestOf,
  insertConversation,
  markDelivered,
  markRead,
  partyNames,
  saveEmailDigest,
  setBlock,
  unreadOf,
  type Party,
} from './conversation.repo.js';
import { notifyMessageEvent } from './message-notify.repo.js';
import { MESSAGE_LIMITS, productCardOf } from './messages.limits.js';
import { conversationListJson, totalsOf } from './conversation-list-json.js';
import { searchTextOf } from './conversation-search.js';
import { listConversationRows } from './conversation-list.repo.js';
import { sideOf, toDetail } from './messages.mapper.js';

export type ConversationDeps = Pick<ModuleContext, 'db' | 'clock'>;
type Caller = Pick<RequestUser, 'id' | 'supplierId' | 'roles'>;

export const partyOf = (user: Pick<RequestUser, 'id' | 'supplierId'>): Party => ({
  userId: user.id,
  supplierId: user.supplierId,
});

export function createConversationService(deps: ConversationDeps) {
  const { db, clock } = deps;

  /** The conversation if the caller is a party, and the caller's side; 404 for everyone else. */
  async function forParty(id: string, user: Pick<RequestUser, 'id' | 'supplierId'>) {
    const party = partyOf(user);
    const row = await conversationForParty(db, id, party);
    const side = row ? sideOf(row, party) : null;
    if (!row || !side) throw notFound('Conversation');
    return { row, side };
  }

  /** A product card for the supplier's product on the shelf; 404 for another supplier's or a hidden one. */
  async function cardFor(supplierId: string, productId: string): Promise<ProductCard> {
    const [product] = await orderableProducts(db, [productId], platformDay(clock.now()));
    if (!product || product.supplierId !== supplierId) throw notFound('Product');
    if (!product.orderable) {
      throw new AppError('UNPROCESSABLE', 'The product is not on the shelf', [
        { path: 'productId', code: 'product_unavailable' },
      ]);
    }
    return productCardOf(product);
  }

  /** Find-or-create; `counted` applies the new-conversation cap to a creation. */
  async function findOrCreate(
    buyerUserId: string,
    supplierId: string,
    card: ProductCard | null,
    counted: boolean,
  ): Promise<{ id: string; created: boolean }> {
    const names = await partyNames(db, buyerUserId, supplierId);
    if (!names) throw notFound('Supplier');
    if (names.supplier_user_id === buyerUserId) {
      throw new AppError('UNPROCESSABLE', 'A supplier does not contact itself', [
        { path: 'supplierId', code: 'own_supplier' },
      ]);
    }
    const now = clock.now();
    const searchText = searchTextOf(names);
    if (counted) {
      // The cap counts only creations: a buyer who already talks to this supplier is never refused.
      if (await conversationIdOfPair(db, buyerUserId, supplierId)) {
        return insertConversation(db, { buyerUserId, supplierId, now, searchText, card });
      }
      const young = now.getTime() - new Date(names.b_created_at).getTime() < MESSAGE_LIMITS.newAccountDays * 86_400_000;
      const decision = await countHit(
        db,
        {
          key: `msg-new-conversation:${buyerUserId}`,
          limit: young ? MESSAGE_LIMITS.newConversationsPerDayNew : MESSAGE_LIMITS.newConversationsPerDay,
          windowSeconds: 86_400,
        },
        now,
      );
      if (!decision.allowed) {
        throw rateLimited(decision.retryAfterSeconds, [{ path: '', code: 'conversations_per_day' }]);
      }
    }
    return insertConversation(db, { buyerUserId, supplierId, now, searchText, card });
  }

  return {
    forParty,
    cardFor,

    async start(user: Caller, input: { supplierId: string; productId?: string }) {
      const card = input.productId ? await cardFor(input.supplierId, input.productId) : null;
      const { id, created } = await findOrCreate(user.id, input.supplierId, card, true);
      return { conversation: await this.detail(user, id), created };
    },

    /** "View Details" of an order → the pair's conversation (find-or-create, not counted). */
    async forOrder(user: Caller, orderId: string): Promise<ConversationDetail> {
      const { order, viewer } = await orderWithViewer(db, orderId, user);
      if (viewer === 'staff') throw notFound('Order');
      const { id } = await findOrCreate(order.buyerUserId, order.supplierId, null, false);
      return this.detail(user, id);
    },

    async detail(user: Pick<RequestUser, 'id' | 'supplierId'>, id: string): Promise<ConversationDetail> {
      const { row, side } = await forParty(id, user);
      return toDetail(row, side);
    },

    /** The list as JSON text, written from the statement's text rows (conversation-list-json.ts). */
    async list(
      user: Pick<RequestUser, 'id' | 'supplierId'>,
      query: z.infer<typeof conversationListQuerySchema>,
    ): Promise<ConversationList | JsonText> {
      const party = partyOf(user);
      if (query.side === 'supplier' && party.supplierId === null) {
        return { items: [], total: 0, page: query.page, pageSize: CONVERSATION_PAGE_SIZE, unreadTotal: 0 };
      }
      const rows = await listConversationRows(db, party, {
        q: query.q || undefined,
        side: query.side,
        limit: CONVERSATION_PAGE_SIZE,
        offset: (query.page - 1) * CONVERSATION_PAGE_SIZE,
      });
      const first = rows[0];
      // An empty page has no row to carry the totals: one more statement (still ≤ 3 with the session).
      const totals = first ? totalsOf(first) : await countConversations(db, party, query.side, query.q || undefined);
      return new JsonText(conversationListJson(rows, totals, query.page, CONVERSATION_PAGE_SIZE));
    },

    async read(user: Pick<RequestUser, 'id' | 'supplierId'>, id: string, upTo: number): Promise<void> {
      const { row, side } = await forParty(id, user);
      await db.transaction(async (tx) => {
        const result = await markRead(tx, id, side, upTo);
        if (result?.changed) {
          await notifyMessageEvent(tx, {
            t: 'read',
            c: id,
            b: row.buyer_user_id,
            s: row.supplier_id,
            side,
            upTo: result.readId,
          });
        }
      });
    },

    async delivered(user: Pick<RequestUser, 'id' | 'supplierId'>, upTo: number): Promise<void> {
      await db.transaction(async (tx) => {
        const changed = await markDelivered(tx, partyOf(user), upTo);
        for (const c of changed) {
          await notifyMessageEvent(tx, {
            t: 'delivered',
            c: c.id,
            b: c.buyer_user_id,
            s: c.supplier_id,
            side: c.side,
            upTo: Number(c.up_to),
          });
        }
      });
    },

    unread: (user: Pick<RequestUser, 'id' | 'supplierId'>) => unreadOf(db, partyOf(user)),

    async block(user: Pick<RequestUser, 'id' | 'supplierId'>, id: string, on: boolean): Promise<ConversationDetail> {
      const { row, side } = await forParty(id, user);
      // Already blocked by the other side: one block is enough (nobody writes to the caller either
      // way) and the caller's would replace theirs, so it is left as it is.
      if (on && row.blocked_by_side !== null && row.blocked_by_side !== side) return toDetail(row, side);
      await db.transaction(async (tx) => {
        const changed = await setBlock(tx, id, on ? side : null, on ? null : side, clock.now());
        if (!changed && !on && row.blocked_by_side !== null) {
          throw new AppError('FORBIDDEN', 'Only the side that blocked may unblock');
        }
        if (changed) {
          await notifyMessageEvent(tx, {
            t: 'block',
            c: id,
            b: row.buyer_user_id,
            s: row.supplier_id,
            blockedBySide: on ? side : null,
          });
        }
      });
      return this.detail(user, id);
    },

    settings: async (userId: string) => ({ emailDigest: await emailDigestOf(db, userId) }),
    async saveSettings(userId: string, emailDigest: boolean) {
      await saveEmailDigest(db, userId, emailDigest);
      return { emailDigest };
    },

    /** Staff (through a report): the conversation row without a party check. */
    byId: (id: string) => conversationById(db, id),
  };
}
export type ConversationService = ReturnType<typeof createConversationService>;
export type { ConversationSide };
