import type { Db } from '../../db/client.js';
import { buyerConversationNames, setSearchTexts, type SearchNames } from './conversation.repo.js';

/**
 * What the list's search matches (`conversations.search_text`): both companies' names, lower-cased
 * — the supplier's, and the buyer's "Buyer information" or, before there is one, the account name.
 */
export const searchTextOf = (names: SearchNames): string =>
  [names.s_name_zh, names.s_name_en, names.b_name_zh, names.b_name_en ?? names.b_account]
    .filter((n): n is string => !!n)
    .join(' ')
    .toLowerCase();

/**
 * After a buyer's "Buyer information" is saved: its conversations are found by the new names (a
 * buyer often writes before filling it in). Run in the save's transaction (buyers module, wired in
 * app.ts), so the profile and the search never disagree.
 */
export async function refreshBuyerConversationSearch(tx: Pick<Db, 'execute'>, buyerUserId: string): Promise<void> {
  const rows = await buyerConversationNames(tx, buyerUserId);
  const changed = rows
    .map((r) => ({ id: r.id, text: searchTextOf(r) }))
    .filter((r, i) => r.text !== rows[i]!.search_text);
  if (changed.length) await setSearchTexts(tx, changed);
}
