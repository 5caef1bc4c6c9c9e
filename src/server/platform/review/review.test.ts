import { PgDialect, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { defineReviewQueue } from './queue.js';
import { describeRejection } from './rejection.js';

// The services' own tests cover both consoles end to end; these pin the shared rules on their own.

const items = pgTable('items', {
  status: text('status').notNull(),
  name: text('name'),
  code: text('code'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  dueAt: timestamp('due_at', { withTimezone: true }),
});
const columns = { status: items.status, submittedAt: items.submittedAt, dueAt: items.dueAt };
const queue = defineReviewQueue<'waiting' | 'done'>({
  awaiting: 'waiting',
  unlisted: 'draft',
  columns,
  searchIn: [items.name, items.code],
});
const dialect = new PgDialect();
const NOW = new Date('2030-06-07T02:00:00Z');
const render = (where: ReturnType<typeof queue.where>) => {
  if (!where) return undefined;
  const { sql, params } = dialect.sqlToQuery(where);
  return { sql, params };
};

describe('a review queue', () => {
  it('hides the unlisted state under "all", and shows every state when there is none', () => {
    expect(render(queue.where({ status: 'all' }, NOW))).toEqual({ sql: '"items"."status" <> $1', params: ['draft'] });
    expect(render(queue.where({ status: 'done' }, NOW))).toEqual({ sql: '"items"."status" = $1', params: ['done'] });
    const everything = defineReviewQueue<'waiting'>({ awaiting: 'waiting', columns, searchIn: [items.name] });
    expect(everything.where({ status: 'all' }, NOW)).toBeUndefined();
  });

  it('looks for the trimmed text literally in every searched column, and filters on the due date', () => {
    const query = render(queue.where({ status: 'waiting', q: ' 50%_off ', overdue: true }, NOW));
    expect(query?.sql).toBe(
      '("items"."status" = $1 and ("items"."name" ilike $2 or "items"."code" ilike $3) and ("items"."status" = $4 and "items"."due_at" < $5))',
    );
    expect(query?.params).toEqual(['waiting', '%50\\%\\_off%', '%50\\%\\_off%', 'waiting', NOW.toISOString()]);
    // Decided submissions are never overdue, so "overdue only" finds none of them under any state.
    expect(render(queue.where({ status: 'all', overdue: true }, NOW))).toEqual({
      sql: '("items"."status" <> $1 and ("items"."status" = $2 and "items"."due_at" < $3))',
      params: ['draft', 'waiting', NOW.toISOString()],
    });
    expect(queue.where({ status: 'all', q: '   ' }, NOW)).toEqual(queue.where({ status: 'all' }, NOW));
  });

  it('lists waiting submissions oldest first and decided ones newest first', () => {
    expect(dialect.sqlToQuery(queue.orderBy({ status: 'waiting' })).sql).toBe('"items"."submitted_at" asc');
    expect(dialect.sqlToQuery(queue.orderBy({ status: 'done' })).sql).toBe('"items"."submitted_at" desc');
    expect(dialect.sqlToQuery(queue.orderBy({ status: 'all' })).sql).toBe('"items"."submitted_at" desc');
  });

  it('flags only a waiting submission past its due date as overdue', () => {
    const past = new Date(NOW.getTime() - 1);
    expect(queue.isOverdue({ status: 'waiting', dueAt: past }, NOW)).toBe(true);
    expect(queue.isOverdue({ status: 'waiting', dueAt: NOW }, NOW)).toBe(false);
    expect(queue.isOverdue({ status: 'waiting', dueAt: null }, NOW)).toBe(false);
    expect(queue.isOverdue({ status: 'done', dueAt: past }, NOW)).toBe(false);
  });
});

describe('a rejection in the email', () => {
  const label = (_locale: string, target: string) => `<${target}>`;

  it('gives one line per reason in the recipient’s language, then the overall note', () => {
    const reasons = [
      { target: 'brand.nameEn', code: 'information_mismatch', note: 'spelling' },
      { target: 'general', code: 'other' },
    ];
    expect(describeRejection('en', { reasons, note: 'Call us' }, label)).toBe(
      '<brand.nameEn>: the information does not match the documents — spelling\n<general>: other reason\nCall us',
    );
    expect(describeRejection('zh-CN', { reasons: reasons.slice(1) }, label)).toBe('<general>: 其他原因');
  });
});
