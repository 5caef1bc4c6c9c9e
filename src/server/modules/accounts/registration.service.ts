import type { z } from 'zod';
import {
  CODE_MAX_ATTEMPTS,
  CODE_RESEND_SECONDS,
  CODE_TTL_MINUTES,
  CURRENT_AGREEMENT_VERSION,
  type registerRequestSchema,
} from '../../../shared/schemas/accounts.js';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/locales.js';
import { constraintName, isUniqueViolation } from '../../db/errors.js';
import { AppError } from '../../platform/errors.js';
import { enforceRateLimits } from '../../platform/rate-limiter.js';
import type { AccountsDeps, RequestOrigin } from './accounts.deps.js';
import { accountNameTaken, emailTaken, findUserByEmail, insertUser, toCurrentUser } from './accounts.repo.js';
import { assertResendAllowed, checkCode, consumeCode, issueCode } from './email-code.repo.js';
import { assertPasswordAcceptable, hashPassword } from './passwords.js';

const taken = (path: 'accountName' | 'email') =>
  new AppError('CONFLICT', `${path} is already registered`, [
    { path, code: path === 'email' ? 'email_taken' : 'account_name_taken' },
  ]);

/** Registration (guide 1.1–1.2): an emailed code, then the account. */
export function createRegistrationService(deps: AccountsDeps) {
  const { db, clock, mailer } = deps;

  return {
    /**
     * Answers alike whether or not the address has an account (issue 11, finding 5): limits
     * first, then a code is issued either way (so the 60 s wait applies alike), but only a free
     * address is mailed it; the owner of a taken one gets a notice pointing to the password reset.
     */
    async sendCode(input: { email: string; website?: string; locale: Locale }, origin: RequestOrigin) {
      const now = clock.now();
      const answer = { resendAfterSeconds: CODE_RESEND_SECONDS, expiresInMinutes: CODE_TTL_MINUTES };
      // A filled honeypot is a script: answer as if it worked and send nothing.
      if (input.website) return answer;
      await enforceRateLimits(
        db,
        [
          { key: `register-code:ip:${origin.ip}`, limit: 20, windowSeconds: 3600 },
          { key: `register-code:ip-day:${origin.ip}`, limit: 100, windowSeconds: 86_400 },
          { key: `register-code:email:${input.email.toLowerCase()}`, limit: 5, windowSeconds: 3600 },
        ],
        now,
      );
      await assertResendAllowed(db, 'register', input.email, now);
      const owner = await findUserByEmail(db, input.email);
      await db.transaction(async (tx) => {
        // Issued for a taken address too but never sent: nobody knows it, and register()
        // checks the code before it says an address is taken.
        const code = await issueCode(tx, { purpose: 'register', email: input.email, now });
        if (owner) {
          const locale = toCurrentUser(owner, 'none').locale;
          await mailer.enqueue(tx, {
            to: owner.email,
            locale,
            template: 'registerAttempt',
            params: {
              name: owner.accountName,
              accountName: owner.accountName,
              resetLink: `${deps.publicUrl}/${locale}/forgot-password`,
            },
          });
          return;
        }
        await mailer.enqueue(tx, {
          to: input.email,
          locale: input.locale,
          template: 'registerCode',
          params: { code, minutes: CODE_TTL_MINUTES, tries: CODE_MAX_ATTEMPTS },
        });
      });
      return answer;
    },

    /** Open to visitors (the form checks names as they are typed), so limited per IP. */
    async isAccountNameAvailable(accountName: string, origin: RequestOrigin) {
      await enforceRateLimits(
        db,
        [{ key: `account-name:ip:${origin.ip}`, limit: 60, windowSeconds: 600 }],
        clock.now(),
      );
      return !(await accountNameTaken(db, accountName));
    },

    async register(input: z.infer<typeof registerRequestSchema>, locale: Locale, origin: RequestOrigin) {
      const now = clock.now();
      await enforceRateLimits(db, [{ key: `register:ip:${origin.ip}`, limit: 20, windowSeconds: 3600 }], now);
      if (input.agreementVersion !== CURRENT_AGREEMENT_VERSION) {
        // The page was open while the agreement changed: the user must read the current one.
        throw new AppError('VALIDATION_FAILED', 'The user agreement has changed', [
          { path: 'agreementAccepted', code: 'agreement_outdated' },
        ]);
      }
      assertPasswordAcceptable(input.password, 'password', input);
      if (await accountNameTaken(db, input.accountName)) throw taken('accountName');
      // The code first: only who reads the mailbox may learn that the address is taken.
      const codeId = await checkCode(db, { purpose: 'register', email: input.email, code: input.code, now });
      if (await emailTaken(db, input.email)) throw taken('email');
      const passwordHash = await hashPassword(input.password);
      try {
        await db.transaction(async (tx) => {
          await consumeCode(tx, codeId, now);
          await insertUser(tx, {
            accountName: input.accountName,
            email: input.email,
            passwordHash,
            locale: input.locale ?? locale ?? DEFAULT_LOCALE,
            agreementVersion: input.agreementVersion,
            agreementAcceptedAt: now,
            createdAt: now,
            updatedAt: now,
          });
        });
      } catch (error) {
        // Two registrations racing for the same name or email: the unique index decides.
        if (isUniqueViolation(error)) throw taken(constraintName(error)?.includes('email') ? 'email' : 'accountName');
        throw error;
      }
      return { accountName: input.accountName, loggedIn: false as const };
    },
  };
}
