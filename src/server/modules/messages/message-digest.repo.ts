import { sql } from 'drizzle-orm';
import type { ConversationSide } from '../../../shared/schemas/messages.js';
import type { Db } from '../../db/client.js';
import { rowsOf } from './conversation.repo.js';

type Exec = Pick<Db, 'execute'>;

export interface ClaimedDigest {
  id: string;
  buyer_user_id: string;
  supplier_id: string;
  /** Unread messages above this id are the ones the mail is about. */
  from_id: number | string;
  through_id: number | string;
}

/**
 * Claims the conversations whose `side` owes a digest, atomically (one UPDATE … RETURNING, rows
 * locked with SKIP LOCKED so two instances never claim the same one): the side has unread
 * messages above both its read and its mailed mark, and the oldest of them is at least `delay`
 * old. The mailed mark moves to the last message, so the next run sends nothing more.
 */
export async function claimDigests(
  db: Exec,
  side: ConversationSide,
  now: Date,
  delayMs: number,
  limit: number,
): Promise<ClaimedDigest[]> {
  const p = side === 'buyer' ? 'buyer' : 'supplier';
  const mailed = sql.raw(`${p}_mailed_id`);
  const read = sql.raw(`${p}_read_id`);
  const unread = sql.raw(`${p}_unread`);
  const other = side === 'buyer' ? 'supplier' : 'buyer';
  const due = new Date(now.getTime() - delayMs).toISOString();
  return rowsOf<ClaimedDigest>(
    db,
    sql`update conversations c set ${mailed} = c.last_message_id
      from (select x.id, greatest(x.${read}, x.${mailed}) as from_id from conversations x
        where x.${unread} > 0 and x.last_message_id > greatest(x.${read}, x.${mailed})
          and (select min(m.created_at) from messages m where m.conversation_id = x.id and m.sender_side = ${other}
            and m.id > greatest(x.${read}, x.${mailed})) <= ${due}
        order by x.last_message_at limit ${limit} for update skip locked) d
      where c.id = d.id
      returning c.id, c.buyer_user_id, c.supplier_id, d.from_id, c.last_message_id as through_id`,
  );
}

export interface DigestRecipient {
  user_id: string;
  email: string;
  account_name: string;
  locale: string;
  email_digest: boolean | null;
  other_name_zh: string | null;
  other_name_en: string | null;
}

/** Who gets the digest of `side` and the other party's names, one statement. */
export async function digestRecipient(
  db: Exec,
  conversationId: string,
  side: ConversationSide,
): Promise<DigestRecipient | undefined> {
  const recipient = side === 'buyer' ? sql`c.buyer_user_id` : sql`s.user_id`;
  const [row] = await rowsOf<DigestRecipient>(
    db,
    sql`select u.id as user_id, u.email, u.account_name, u.locale, ms.email_digest,
        ${side === 'buyer' ? sql`s.name_zh` : sql`coalesce(bp.company_name_zh, bu.account_name)`} as other_name_zh,
        ${side === 'buyer' ? sql`s.name_en` : sql`coalesce(bp.company_name_en, bu.account_name)`} as other_name_en
      from conversations c join suppliers s on s.id = c.supplier_id join users bu on bu.id = c.buyer_user_id
        left join buyer_profiles bp on bp.user_id = c.buyer_user_id
        join users u on u.id = ${recipient} left join message_settings ms on ms.user_id = u.id
      where c.id = ${conversationId}`,
  );
  return row;
}

/** The first unread texts of the digest (the other side's messages above the mark), oldest first. */
export async function digestTexts(
  db: Exec,
  conversationId: string,
  side: ConversationSide,
  fromId: number,
  throughId: number,
  limit: number,
): Promise<{ body: string; attachments: { name: string }[]; total: number | string }[]> {
  const other = side === 'buyer' ? 'supplier' : 'buyer';
  return rowsOf(
    db,
    sql`select body, attachments, count(*) over () as total from messages where conversation_id = ${conversationId}
      and sender_side = ${other} and id > ${fromId} and id <= ${throughId} order by id limit ${limit}`,
  );
}
