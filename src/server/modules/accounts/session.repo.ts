import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { SessionInfo } from '../../../shared/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import { hasStaffRole } from '../../platform/access.js';
import { addMinutes } from '../../platform/clock.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import type { suppliers } from '../suppliers/index.js';
import type { RequestOrigin } from './accounts.deps.js';
import { sessions, users } from './accounts.tables.js';
import { prunePendingLogins } from './two-factor.repo.js';

export const SESSION_COOKIE = 'br_session';
/**
 * With Secure cookies (production, or any https site) the `__Host-` prefix: browsers then accept
 * the cookie only Secure, for Path=/ and without Domain, so a sibling subdomain cannot plant or
 * overwrite a session (ASVS V3.3). Only the one name is read.
 */
export const HOST_SESSION_COOKIE = '__Host-br_session';

export function sessionCookieName(secure: boolean): string {
  return secure ? HOST_SESSION_COOKIE : SESSION_COOKIE;
}

/** Idle and absolute limits (ASVS V7): short without "remember me", a month with it. */
export const SESSION_POLICY = {
  idleMinutes: 30,
  absoluteMinutes: 12 * 60,
  rememberIdleMinutes: 30 * 24 * 60,
  rememberAbsoluteMinutes: 90 * 24 * 60,
  /** Don't write last_seen on every request: once a minute is precise enough. */
  touchEverySeconds: 60,
  /** Staff: a working day idle at most, never "remembered" beyond it (issue 11). */
  staffIdleMinutes: 8 * 60,
  /** How recently a second factor must have been proved before a review decision. */
  reauthMinutes: 15,
} as const;

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  roles: string[];
  remember: boolean;
  mfaVerifiedAt: Date | null;
  /** The account's supplier (present once its supplier authentication was approved), else null. */
  supplierId: string | null;
}

/**
 * The suppliers module's table, joined by the session lookup (a read model of
 * docs/decisions/0009-module-boundaries.md). app.ts hands it in from suppliers/index.ts: the
 * suppliers module imports this one, so importing it back here would be a cycle.
 */
export type SupplierTable = typeof suppliers;

type Writer = Pick<Db, 'insert' | 'update'>;

/** A new session; returns the cookie token (only its hash is stored). */
export async function createSession(
  tx: Writer,
  input: {
    userId: string;
    remember: boolean;
    origin: RequestOrigin;
    now: Date;
    /** The user's roles: staff sessions follow the staff policy and are never remembered. */
    roles: readonly string[];
    /** Set when the session starts with a proved second factor. */
    mfaVerified?: boolean;
  },
): Promise<{ token: string; sessionId: string; maxAgeSeconds: number | undefined }> {
  const token = randomToken(32);
  const staff = hasStaffRole(input.roles);
  const remember = input.remember && !staff;
  const idle = staff
    ? SESSION_POLICY.staffIdleMinutes
    : remember
      ? SESSION_POLICY.rememberIdleMinutes
      : SESSION_POLICY.idleMinutes;
  const absolute = remember ? SESSION_POLICY.rememberAbsoluteMinutes : SESSION_POLICY.absoluteMinutes;
  const [row] = await tx
    .insert(sessions)
    .values({
      userId: input.userId,
      tokenHash: sha256(token),
      remember,
      createdAt: input.now,
      lastSeenAt: input.now,
      idleExpiresAt: addMinutes(input.now, idle),
      absoluteExpiresAt: addMinutes(input.now, absolute),
      userAgent: input.origin.userAgent?.slice(0, 300) ?? null,
      ip: input.origin.ip,
      mfaVerifiedAt: input.mfaVerified ? input.now : null,
    })
    .returning({ id: sessions.id });
  // The staff page shows each account's last sign-in.
  await tx.update(users).set({ lastSignInAt: input.now }).where(eq(users.id, input.userId));
  // Without "remember me" the cookie dies with the browser; with it, it lives as long as the idle limit.
  return { token, sessionId: row!.id, maxAgeSeconds: remember ? idle * 60 : undefined };
}

function buildSessionLookup(db: Db, suppliers: SupplierTable) {
  const now = sql.placeholder('now');
  return db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      remember: sessions.remember,
      lastSeenAt: sessions.lastSeenAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      mfaVerifiedAt: sessions.mfaVerifiedAt,
      roles: users.roles,
      supplierId: suppliers.id,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(suppliers, eq(suppliers.userId, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        isNull(sessions.revokedAt),
        // A disabled account's sessions end at once, even one its revocation has not reached yet.
        isNull(users.disabledAt),
        gt(sessions.idleExpiresAt, now),
        gt(sessions.absoluteExpiresAt, now),
      ),
    )
    .prepare('session_lookup');
}

/**
 * The lookup every signed-in request runs, built and named once per database: drizzle does not
 * rebuild its SQL per request and PostgreSQL plans it once per connection (docs/performance.md,
 * "Order Management": query building was a fifth of the server's CPU).
 */
const sessionLookups = new WeakMap<Db, ReturnType<typeof buildSessionLookup>>();
function sessionLookup(db: Db, suppliers: SupplierTable) {
  let prepared = sessionLookups.get(db);
  if (!prepared) {
    prepared = buildSessionLookup(db, suppliers);
    sessionLookups.set(db, prepared);
  }
  return prepared;
}

/**
 * The live session behind a cookie token, sliding its idle expiry (bounded by the absolute one).
 * One statement for every signed-in request (plus the touch at most once a minute): the account's
 * supplier id comes with it from a LEFT JOIN on the suppliers module's table — a read model listed
 * in docs/decisions/0009-module-boundaries.md — instead of a second query per request.
 */
export async function resolveSession(
  db: Db,
  suppliers: SupplierTable,
  token: string,
  now: Date,
): Promise<ResolvedSession | undefined> {
  if (!token || token.length > 100) return undefined;
  const [row] = await sessionLookup(db, suppliers).execute({ tokenHash: sha256(token), now });
  if (!row) return undefined;
  const staff = hasStaffRole(row.roles);
  // A session that outlived the staff idle limit (e.g. remembered before the role was granted) ends.
  if (staff && now.getTime() - row.lastSeenAt.getTime() >= SESSION_POLICY.staffIdleMinutes * 60_000) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() >= SESSION_POLICY.touchEverySeconds * 1000) {
    const idle = staff
      ? SESSION_POLICY.staffIdleMinutes
      : row.remember
        ? SESSION_POLICY.rememberIdleMinutes
        : SESSION_POLICY.idleMinutes;
    const idleExpiry = addMinutes(now, idle);
    await db
      .update(sessions)
      .set({ lastSeenAt: now, idleExpiresAt: idleExpiry < row.absoluteExpiresAt ? idleExpiry : row.absoluteExpiresAt })
      .where(eq(sessions.id, row.id));
  }
  return {
    sessionId: row.id,
    userId: row.userId,
    roles: row.roles,
    remember: row.remember,
    mfaVerifiedAt: row.mfaVerifiedAt,
    supplierId: row.supplierId,
  };
}

export async function revokeSessionByToken(db: Writer, token: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tokenHash, sha256(token)), isNull(sessions.revokedAt)));
}

/** Revokes all of a user's sessions, or all but one (the one changing the password). */
export async function revokeUserSessions(
  tx: Writer,
  userId: string,
  now: Date,
  exceptSessionId?: string,
): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    );
}

/** Revokes one session of this user; false when it is not theirs (the route answers 404). */
export async function revokeOwnSession(db: Writer, userId: string, sessionId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

export async function listActiveSessions(
  db: Db,
  userId: string,
  currentSessionId: string,
  now: Date,
): Promise<SessionInfo[]> {
  const rows = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.idleExpiresAt, now),
        gt(sessions.absoluteExpiresAt, now),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: (s.idleExpiresAt < s.absoluteExpiresAt ? s.idleExpiresAt : s.absoluteExpiresAt).toISOString(),
    userAgent: s.userAgent,
    ip: s.ip,
    remember: s.remember,
    current: s.id === currentSessionId,
  }));
}

/** Housekeeping: forget sessions that ended more than a month ago. */
export async function pruneSessions(db: Db, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - 30 * 24 * 3600 * 1000).toISOString();
  await db.delete(sessions).where(sql`${sessions.absoluteExpiresAt} < ${cutoff} OR ${sessions.revokedAt} < ${cutoff}`);
  await prunePendingLogins(db, now);
}
