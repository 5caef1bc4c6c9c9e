import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { SessionInfo } from '../../../shared/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import { hasStaffRole } from '../../platform/access.js';
import { addMinutes } from '../../platform/clock.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import type { suppliers } from '../suppliers/index.js';
import type { RequestOrigin } from './accounts.deps.js';
import { sessions, users } from './accounts.tables.js';
import type { CachedSession, SessionCache } from './session-cache.js';
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
      idleExpiresAt: sessions.idleExpiresAt,
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
 *
 * With a cache (docs/decisions/0014-session-cache.md) a session read a moment ago is taken from
 * memory — no statement at all — and the same rules are decided again on what was read. A refusal
 * is never taken from memory: when the remembered values say no (expired, staff idle), the database
 * is asked, since another instance may have touched the session meanwhile.
 */
export async function resolveSession(
  db: Db,
  suppliers: SupplierTable,
  token: string,
  now: Date,
  cache?: SessionCache,
): Promise<ResolvedSession | undefined> {
  if (!token || token.length > 100) return undefined;
  const tokenHash = sha256(token);
  let session = cache?.get(tokenHash);
  if (session && !usable(session, now)) {
    cache?.drop(tokenHash);
    session = undefined;
  }
  if (!session) {
    const epoch = cache?.begin() ?? 0;
    const [row] = await sessionLookup(db, suppliers).execute({ tokenHash, now });
    if (!row) return undefined;
    session = {
      sessionId: row.id,
      userId: row.userId,
      roles: row.roles,
      remember: row.remember,
      mfaVerifiedAt: row.mfaVerifiedAt,
      supplierId: row.supplierId,
      lastSeenAt: row.lastSeenAt,
      idleExpiresAt: row.idleExpiresAt,
      absoluteExpiresAt: row.absoluteExpiresAt,
    };
    if (!usable(session, now)) return undefined;
    cache?.put(tokenHash, session, epoch);
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_POLICY.touchEverySeconds * 1000) {
    const staff = hasStaffRole(session.roles);
    const idle = staff
      ? SESSION_POLICY.staffIdleMinutes
      : session.remember
        ? SESSION_POLICY.rememberIdleMinutes
        : SESSION_POLICY.idleMinutes;
    const idleExpiry = addMinutes(now, idle);
    const idleExpiresAt = idleExpiry < session.absoluteExpiresAt ? idleExpiry : session.absoluteExpiresAt;
    // The cached entry moves first, so concurrent requests of this session do not touch it again.
    session.lastSeenAt = now;
    session.idleExpiresAt = idleExpiresAt;
    await db.update(sessions).set({ lastSeenAt: now, idleExpiresAt }).where(eq(sessions.id, session.sessionId));
  }
  return {
    sessionId: session.sessionId,
    userId: session.userId,
    roles: session.roles,
    remember: session.remember,
    mfaVerifiedAt: session.mfaVerifiedAt,
    supplierId: session.supplierId,
  };
}

/** The rules the lookup's WHERE decides, decided again on remembered values; and the staff idle limit. */
function usable(session: CachedSession, now: Date): boolean {
  if (session.idleExpiresAt <= now || session.absoluteExpiresAt <= now) return false;
  // A session that outlived the staff idle limit (e.g. remembered before the role was granted) ends.
  const staff = hasStaffRole(session.roles);
  return !(staff && now.getTime() - session.lastSeenAt.getTime() >= SESSION_POLICY.staffIdleMinutes * 60_000);
}

/** The LISTEN/NOTIFY channel on which session changes are announced (migration 0015, session-sync.ts). */
export const SESSION_CHANGES_CHANNEL = 'br_session_changes';

/** Sends a marker through the channel: once it comes back, every earlier announcement has arrived. */
export async function announceSessionMarker(db: Pick<Db, 'execute'>, marker: string): Promise<void> {
  await db.execute(sql`select pg_notify(${SESSION_CHANGES_CHANNEL}, ${marker})`);
}

/** Ends the session behind this token; returns its account when one was live (to forget it in the cache). */
export async function revokeSessionByToken(db: Writer, token: string, now: Date): Promise<string | undefined> {
  const [row] = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tokenHash, sha256(token)), isNull(sessions.revokedAt)))
    .returning({ userId: sessions.userId });
  return row?.userId;
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
