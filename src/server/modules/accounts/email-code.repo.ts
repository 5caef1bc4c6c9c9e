import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { CODE_MAX_ATTEMPTS, CODE_RESEND_SECONDS, CODE_TTL_MINUTES } from '../../../shared/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import { addMinutes } from '../../platform/clock.js';
import { randomDigits, safeEqualHex, sha256 } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { rateLimited } from '../../platform/rate-limiter.js';
import { emailCodes } from './accounts.tables.js';

export type CodePurpose = 'register' | 'change_email';

const hashCode = (id: string, code: string) => sha256(`${id}:${code}`);

const invalid = (code: 'code_invalid' | 'code_expired' | 'code_exhausted') =>
  new AppError('VALIDATION_FAILED', 'The verification code is not valid', [{ path: 'code', code }]);

/** 429 with a countdown when the last code for this address is younger than 60 s. */
export async function assertResendAllowed(db: Db, purpose: CodePurpose, email: string, now: Date): Promise<void> {
  const [last] = await db
    .select({ createdAt: emailCodes.createdAt })
    .from(emailCodes)
    .where(and(eq(emailCodes.purpose, purpose), sql`lower(${emailCodes.email}) = ${email.toLowerCase()}`))
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  if (!last) return;
  const wait = Math.ceil((last.createdAt.getTime() + CODE_RESEND_SECONDS * 1000 - now.getTime()) / 1000);
  if (wait > 0) throw rateLimited(wait, [{ path: 'email', code: 'code_cooldown', params: { seconds: wait } }]);
}

/** Issues a new code (voiding older ones for the same address) inside the caller's transaction. */
export async function issueCode(
  tx: Pick<Db, 'insert' | 'update'>,
  input: { purpose: CodePurpose; email: string; userId?: string; now: Date },
): Promise<string> {
  const code = randomDigits(6);
  const id = crypto.randomUUID();
  await tx
    .update(emailCodes)
    .set({ consumedAt: input.now })
    .where(
      and(
        eq(emailCodes.purpose, input.purpose),
        sql`lower(${emailCodes.email}) = ${input.email.toLowerCase()}`,
        isNull(emailCodes.consumedAt),
      ),
    );
  await tx.insert(emailCodes).values({
    id,
    purpose: input.purpose,
    email: input.email,
    userId: input.userId,
    codeHash: hashCode(id, code),
    createdAt: input.now,
    expiresAt: addMinutes(input.now, CODE_TTL_MINUTES),
  });
  return code;
}

/**
 * Checks a code. A wrong try is counted in its own statement (not in the caller's
 * transaction) so that a failing request cannot roll the count back. Returns the code's id,
 * to be consumed with consumeCode() in the transaction that uses it.
 */
export async function checkCode(
  db: Db,
  input: { purpose: CodePurpose; email: string; code: string; userId?: string; now: Date },
): Promise<string> {
  const [row] = await db
    .select()
    .from(emailCodes)
    .where(
      and(
        eq(emailCodes.purpose, input.purpose),
        sql`lower(${emailCodes.email}) = ${input.email.toLowerCase()}`,
        isNull(emailCodes.consumedAt),
      ),
    )
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  if (!row || (input.userId && row.userId !== input.userId)) throw invalid('code_invalid');
  if (row.expiresAt.getTime() <= input.now.getTime()) throw invalid('code_expired');
  const counted = await db
    .update(emailCodes)
    .set({ attempts: sql`${emailCodes.attempts} + 1` })
    .where(and(eq(emailCodes.id, row.id), sql`${emailCodes.attempts} < ${CODE_MAX_ATTEMPTS}`))
    .returning({ attempts: emailCodes.attempts });
  if (!counted.length) throw invalid('code_exhausted');
  if (!safeEqualHex(row.codeHash, hashCode(row.id, input.code.trim()))) {
    throw invalid(counted[0]!.attempts >= CODE_MAX_ATTEMPTS ? 'code_exhausted' : 'code_invalid');
  }
  return row.id;
}

/** Marks the code used; fails if a concurrent request used it first. */
export async function consumeCode(tx: Pick<Db, 'update'>, id: string, now: Date): Promise<void> {
  const used = await tx
    .update(emailCodes)
    .set({ consumedAt: now })
    .where(and(eq(emailCodes.id, id), isNull(emailCodes.consumedAt)))
    .returning({ id: emailCodes.id });
  if (!used.length) throw invalid('code_invalid');
}
