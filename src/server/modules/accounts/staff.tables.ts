import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.tables.js';

/**
 * One-time staff links: the first-start setup link ('setup', creates the first admin) and staff
 * invitations ('invitation', an admin invites an email address with a role). Only the SHA-256 of
 * the token is stored; a link is used at most once (`used_at`) and dies at `expires_at`.
 */
export const staffTokens = pgTable(
  'staff_tokens',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** 'setup' | 'invitation'. */
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** Invitations: the invited address and role. */
    email: text('email'),
    role: text('role'),
    locale: text('locale'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    usedBy: uuid('used_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('staff_tokens_token_hash_key').on(t.tokenHash),
    index('staff_tokens_purpose_idx').on(t.purpose, t.createdAt),
  ],
);
