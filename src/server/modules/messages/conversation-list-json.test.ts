import { eq, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONVERSATION_PAGE_SIZE,
  conversationListSchema,
  type ConversationList,
  type ConversationSummary,
} from '../../../shared/schemas/messages.js';
import { BUYER_PROFILE, germanBuyer, insertBuyerProfile, makeBuyer } from '../../test/buyer-fixtures.js';
import { seller, type Seller } from '../../test/catalog-fixtures.js';
import {
  contact,
  CONVERSATIONS,
  createMessagesWorld,
  say,
  startRequest,
  type MessagesWorld,
} from '../../test/message-fixtures.js';
import { call, makeUser, type TestUser } from '../../test/supplier-fixtures.js';
import { conversationForParty, type ConversationRow, type Party } from './conversation.repo.js';
import { sideOf, toSummary } from './messages.mapper.js';
import { conversations } from './messages.tables.js';

/**
 * The hand-written conversation list (conversation-list.repo.ts, conversation-list-json.ts)
 * against the row mapping the detail uses (conversationForParty + toSummary): every item the same,
 * in the list's order, with the totals counted here.
 */
let w: MessagesWorld;
let other: Seller;
const partyOf = (user: TestUser & { supplierId?: string }): Party => ({
  userId: user.id,
  supplierId: user.supplierId ?? null,
});

beforeAll(async () => {
  w = await createMessagesWorld();
  other = await seller(w.t);
  // The main supplier, also a buyer elsewhere: both sides in one list.
  const asBuyer = await contact(w, w.supplier, other.supplierId);
  await say(w, other, asBuyer.id, 'Offer "A" \\ 报价');
  // A buyer with a product card, one without "Buyer information" (its account name stands in), one
  // with a Chinese name only, and more than a page of others; some unread, one blocked, some silent.
  const carded = await startRequest(w, w.buyer, { supplierId: w.supplier.supplierId, productId: w.productId });
  expect(carded.statusCode).toBe(201);
  const bare = await makeUser(w.t);
  await contact(w, bare);
  const chinese = await makeUser(w.t);
  await insertBuyerProfile(w.t, chinese.id, {
    companyNameZh: '上海“测试”贸易有限公司',
    companyNameEn: null,
    country: 'CN',
  });
  const zh = await contact(w, chinese);
  await say(w, chinese, zh.id, 'Line\nbreak and 🚢');
  for (let i = 0; i < CONVERSATION_PAGE_SIZE + 3; i++) {
    const buyer = await makeBuyer(w.t);
    const c = await contact(w, buyer);
    if (i % 3 === 0) await say(w, buyer, c.id, `hello ${i}`);
    if (i % 5 === 0) await say(w, w.supplier, c.id, `answer ${i}`);
    if (i === 4) {
      const res = await call(w.t.app, 'PUT', `${CONVERSATIONS}/${c.id}/block`, { cookie: w.supplier.cookie });
      expect(res.statusCode, res.body).toBe(200);
    }
  }
});
afterAll(async () => w?.t.close());

async function listOf(user: TestUser, query: string): Promise<ConversationList> {
  const res = await call(w.t.app, 'GET', `${CONVERSATIONS}${query}`, { cookie: user.cookie });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  const list = res.json<ConversationList>();
  expect(conversationListSchema.parse(list)).toEqual(list);
  return list;
}

/** Every conversation of the party through the detail's mapping, in the list's order. */
async function expected(party: Party, keep: (s: ConversationSummary) => boolean) {
  const rows = await w.t.database.db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      or(
        eq(conversations.buyerUserId, party.userId),
        party.supplierId ? eq(conversations.supplierId, party.supplierId) : undefined,
      ),
    );
  const all: { row: ConversationRow; summary: ConversationSummary }[] = [];
  for (const { id } of rows) {
    const row = (await conversationForParty(w.t.database.db, id, party))!;
    all.push({ row, summary: toSummary(row, sideOf(row, party)!) });
  }
  const unreadTotal = all.reduce((sum, c) => sum + c.summary.unread, 0);
  const listed = all
    .filter((c) => keep(c.summary))
    .sort(
      (a, b) =>
        Number(b.summary.unread > 0) - Number(a.summary.unread > 0) ||
        b.summary.lastMessageId - a.summary.lastMessageId ||
        new Date(b.row.created_at).getTime() - new Date(a.row.created_at).getTime() ||
        (b.row.id > a.row.id ? 1 : -1),
    )
    .map((c) => c.summary);
  return { listed, unreadTotal };
}

describe('the hand-written conversation list', () => {
  it('is the detail’s mapping of every conversation, unread first then newest, page by page, with the totals', async () => {
    for (const user of [w.supplier, w.buyer, other] as TestUser[]) {
      const { listed, unreadTotal } = await expected(partyOf(user), () => true);
      const pages: ConversationSummary[] = [];
      for (let page = 1; page <= Math.ceil(listed.length / CONVERSATION_PAGE_SIZE) + 1; page++) {
        const list = await listOf(user, `?page=${page}`);
        expect(list).toMatchObject({ total: listed.length, unreadTotal, page, pageSize: CONVERSATION_PAGE_SIZE });
        pages.push(...list.items);
      }
      expect(pages).toEqual(listed);
    }
    // The supplier's list spans two pages and both sides.
    const { listed } = await expected(partyOf(w.supplier), () => true);
    expect(listed.length).toBeGreaterThan(CONVERSATION_PAGE_SIZE);
    expect(new Set(listed.map((c) => c.side))).toEqual(new Set(['buyer', 'supplier']));
    expect(listed.some((c) => c.blocked)).toBe(true);
    expect(listed.some((c) => c.lastMessageAt === null)).toBe(true);
    expect(listed.some((c) => c.otherParty.nameEn === null && c.otherParty.nameZh !== null)).toBe(true);
  });

  it('narrowed by side or search, lists only those, and still counts the badge over all', async () => {
    const party = partyOf(w.supplier);
    const { unreadTotal } = await expected(party, () => true);
    const buying = await listOf(w.supplier, '?side=buyer');
    const { listed: bought } = await expected(party, (s) => s.side === 'buyer');
    expect(buying).toMatchObject({ items: bought, total: bought.length, unreadTotal });
    const searched = await listOf(w.supplier, `?q=${encodeURIComponent('测试')}`);
    expect(searched.items).toHaveLength(1);
    expect(searched.items[0]!.otherParty.nameZh).toBe('上海“测试”贸易有限公司');
    expect(searched).toMatchObject({ total: 1, unreadTotal });
    const none = await listOf(w.supplier, '?q=nobody-here');
    expect(none).toMatchObject({ items: [], total: 0, unreadTotal });
  });
});

describe('the list’s search after "Buyer information" changes', () => {
  it('finds a buyer who wrote first and filled in its company later, by the new name only', async () => {
    const buyer = await makeUser(w.t);
    const c = await contact(w, buyer);
    await say(w, buyer, c.id, 'Do you ship to Hamburg?');
    const search = async (q: string) =>
      (await listOf(w.supplier, `?q=${encodeURIComponent(q)}`)).items.map((i) => i.id);
    expect(await search(buyer.accountName)).toEqual([c.id]);

    const save = (version: number | undefined, name: string) =>
      call(w.t.app, 'PUT', BUYER_PROFILE, {
        cookie: buyer.cookie,
        payload: { ...(version ? { version } : {}), buyer: germanBuyer({ companyNameEn: name }) },
      });
    const first = await save(undefined, 'Elbe Ölmühle Handels GmbH');
    expect(first.statusCode, first.body).toBe(200);
    expect(await search('ölmühle')).toEqual([c.id]);
    expect(await search(buyer.accountName)).toEqual([]);

    const version = first.json<{ profile: { version: number } }>().profile.version;
    expect((await save(version, 'Hanse Kontor AG')).statusCode).toBe(200);
    expect(await search('hanse kontor')).toEqual([c.id]);
    expect(await search('ölmühle')).toEqual([]);
    // A save over a stale version changes nothing, the search included.
    expect((await save(version, 'Stale Name KG')).statusCode).toBe(409);
    expect(await search('stale name')).toEqual([]);
  });
});
