import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { preparedTextRows, type TextRow } from '../../db/text-rows.js';
import { statusCountsOf } from './order-status-counts.repo.js';

export type Party = 'supplier' | 'buyer';

/**
 * A party's own orders, no q or dates — every "My Orders" / "Order Management" page a tab click
 * or a page link asks for — read as PostgreSQL's text for order-list-json.ts to write into JSON,
 * one statement (docs/performance.md, "Hand-written list answers"). Anything else (q, dates,
 * staff) takes order-list.repo.ts's general path; order-list-json.test.ts holds the two to the
 * same answer.
 *
 * Columns, in this order (order-list-json.ts reads them by position), then the tabs' counters.
 */
const READ = (counterparty: 'buyer' | 'supplier') => [
  'id',
  'number',
  'status',
  'trade_type',
  'currency',
  'total_amount',
  `${counterparty}_name_zh`,
  `${counterparty}_name_en`,
  'first_line_names',
  'first_line_picture_file_id',
  'line_count',
  'contract_status',
  'invoice_status',
  'created_at',
  'updated_at',
];
/** Where the tabs' counters are: after READ's columns. */
const COUNTERS_COLUMN = 15;
/** The written columns: instants as UTC timestamps, whatever the session's TimeZone. */
const COLUMNS = (read: string[]) =>
  sql.raw(read.map((c) => (c.endsWith('_at') ? `o.${c} at time zone 'UTC'` : `o.${c}`)).join(', '));

/** Newest first, exactly as the (party[, status], created_at DESC NULLS LAST, id) indexes are ordered. */
const newestFirst = (alias = '') => sql.raw(`${alias}created_at desc nulls last, ${alias}id`);

/**
 * The statement for one shape. The tabs' counters ride along (an uncorrelated subquery, evaluated
 * once) on every row: copying its text to 20 rows costs PostgreSQL less than a window function
 * marking the first (docs/performance.md), and the driver leaves it unparsed. Two forms:
 * - the first page reads its 20 rows straight off the party's index, already in order;
 * - a later page finds its first row's (created_at, id) by an index-only scan, so the rows it
 *   skips (OFFSET) cost index entries rather than heap reads, and reads its 20 rows from there on
 *   in the same index.
 */
function statementOf(party: Party, withStatus: boolean, firstPage: boolean): SQL {
  const partyColumn = sql.raw(party === 'supplier' ? 'supplier_id' : 'buyer_user_id');
  const mine = sql`${partyColumn} = ${sql.placeholder('partyId')}::uuid${
    withStatus ? sql` and status = ${sql.placeholder('status')}::text` : sql``
  }`;
  const counts = sql`(select json_object_agg(status, n) from order_status_counts
    where party_kind = ${party} and party_id = ${sql.placeholder('partyId')}::uuid)`;
  const read = sql.raw(READ(party === 'supplier' ? 'buyer' : 'supplier').join(', '));
  const limit = sql`limit ${sql.placeholder('limit')}::int`;
  const rows = firstPage
    ? sql`(select ${read} from orders where ${mine} order by ${newestFirst()} ${limit}) o`
    : sql`(select created_at as first_at, id as first_id from orders where ${mine}
          order by ${newestFirst()} offset ${sql.placeholder('offset')}::int limit 1) page,
        lateral (select ${read} from orders
          where ${mine} and created_at <= page.first_at and (created_at < page.first_at or id >= page.first_id)
          order by ${newestFirst()} ${limit}) o`;
  return sql`select ${COLUMNS(READ(party === 'supplier' ? 'buyer' : 'supplier'))}, ${counts} from ${rows}
    order by ${newestFirst('o.')}`;
}

const nameOf = (party: Party, withStatus: boolean, firstPage: boolean) =>
  `order_json_${party}${withStatus ? '_status' : ''}${firstPage ? '_first' : ''}`;

const statements = new Map(
  (['supplier', 'buyer'] as const).flatMap((party) =>
    [false, true].flatMap((withStatus) =>
      [true, false].map((firstPage) => {
        const name = nameOf(party, withStatus, firstPage);
        return [name, preparedTextRows(name, () => statementOf(party, withStatus, firstPage))] as const;
      }),
    ),
  ),
);

/** A page of a party's own orders (`READ`'s columns) and its tab counters (status → count). */
export async function ownOrderRows(
  db: Db,
  party: Party,
  partyId: string,
  page: { status: string | undefined; limit: number; offset: number },
): Promise<{ rows: TextRow[]; counters: Record<string, number> }> {
  const { status, limit, offset } = page;
  const rows = await statements.get(nameOf(party, status !== undefined, offset === 0))!(db).execute({
    partyId,
    status,
    limit,
    offset,
  });
  const counters: Record<string, number> = {};
  // The counters ride on every row; an empty page reads them apart.
  const carried = rows[0]?.[COUNTERS_COLUMN];
  if (carried !== undefined) Object.assign(counters, carried === null ? {} : (JSON.parse(carried) as object));
  else for (const c of await statusCountsOf(db, party, partyId)) counters[c.status] = c.n;
  return { rows, counters };
}
