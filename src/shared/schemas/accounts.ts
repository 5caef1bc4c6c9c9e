import { z } from 'zod';
import { safeText } from './text.js';
import { CURRENT_AGREEMENT_VERSION } from '../agreement.js';
import { LOCALES } from '../locales.js';
import { PASSWORD_MAX, newPasswordSchema, passwordProblem } from './password-rules.js';

/**
 * The accounts API contract, shared by the server (route schemas) and the web app
 * (inline validation). Error messages are machine codes; the UI translates
 * `validation.<code>` (see src/web/i18n/locales/*.json).
 */

/** In its own module, so the web app's entry chunk can have it without zod. */
export { CURRENT_AGREEMENT_VERSION };

export const ACCOUNT_NAME_PATTERN = /^[A-Za-z0-9_-]{4,32}$/;
export {
  PASSWORD_MAX,
  PASSWORD_MIN,
  newPasswordSchema,
  passwordProblem,
  type PasswordContext,
} from './password-rules.js';
export const CODE_TTL_MINUTES = 10;
export const CODE_MAX_ATTEMPTS = 5;
export const CODE_RESEND_SECONDS = 60;
export const RESET_TTL_MINUTES = 30;

export const accountNameSchema = safeText('required').trim().regex(ACCOUNT_NAME_PATTERN, 'account_name_format');
export const emailSchema = safeText()
  .trim()
  .min(1, 'required')
  .max(254, 'email_invalid')
  .pipe(z.email('email_invalid'));
/** A new password without its account's context (the server adds the context it knows). */
export const passwordSchema = newPasswordSchema();
export const codeSchema = safeText()
  .trim()
  .regex(/^\d{6}$/, 'code_format');
const requiredPassword = z.string('required').min(1, 'required').max(PASSWORD_MAX, 'password_length');

export const registerCodeRequestSchema = z.object({
  email: emailSchema,
  /**
   * Honeypot: invisible to people, filled in by naive bots. Accepted here on purpose: the
   * service answers a filled one as if a code was sent and sends nothing, so bots learn nothing.
   */
  website: safeText().max(500).optional(),
});
export const registerCodeResponseSchema = z.object({
  /** Seconds until another code may be requested (the UI shows a countdown). */
  resendAfterSeconds: z.number().int(),
  expiresInMinutes: z.number().int(),
});

export const registerRequestSchema = z
  .object({
    accountName: accountNameSchema,
    email: emailSchema,
    password: passwordSchema,
    code: codeSchema,
    agreementAccepted: z.literal(true, 'agreement_required'),
    agreementVersion: safeText().min(1).max(32),
    locale: z.enum(LOCALES).optional(),
    website: safeText().max(0, 'bot_suspected').optional(),
  })
  .superRefine((input, ctx) => {
    // The account name and email are context words (ASVS 6.2.11); the form knows both.
    // Only what the field's own check (without context) has not already said.
    if (!passwordProblem(input.password) && passwordProblem(input.password, input) === 'password_context') {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'password_context' });
    }
  });
export const registerResponseSchema = z.object({ accountName: z.string(), loggedIn: z.literal(false) });

export const availabilityQuerySchema = z.object({ accountName: accountNameSchema });
export const availabilityResponseSchema = z.object({ available: z.boolean() });

export const loginRequestSchema = z.object({
  /** Account name or email. */
  login: safeText().trim().min(1, 'required').max(254, 'required'),
  password: requiredPassword,
  remember: z.boolean().default(false),
});

export const forgotPasswordRequestSchema = z.object({ email: emailSchema });
export const resetPasswordRequestSchema = z.object({
  token: safeText().min(20, 'token_invalid').max(200, 'token_invalid'),
  password: passwordSchema,
});
export const resetTokenQuerySchema = z.object({ token: safeText().min(20).max(200) });
export const resetTokenResponseSchema = z.object({ valid: z.boolean() });

export const changePasswordRequestSchema = z.object({ currentPassword: requiredPassword, newPassword: passwordSchema });
export const emailChangeCodeRequestSchema = z.object({ newEmail: emailSchema, currentPassword: requiredPassword });
export const emailChangeRequestSchema = z.object({ newEmail: emailSchema, code: codeSchema });
export const updateProfileRequestSchema = z.object({ locale: z.enum(LOCALES) });

export const SUPPLIER_STATUSES = ['none', 'draft', 'submitted', 'approved', 'rejected'] as const;

export const currentUserSchema = z.object({
  id: z.uuid(),
  accountName: z.string(),
  email: z.string(),
  locale: z.enum(LOCALES),
  roles: z.array(z.string()),
  /** Drives the personal center entry: "Supplier Authentication" until approved, then "Supplier". */
  supplierStatus: z.enum(SUPPLIER_STATUSES),
  /** An authenticator is enrolled (required for staff: without one they reach only its enrolment). */
  twoFactorEnabled: z.boolean(),
  createdAt: z.string(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;
export const meResponseSchema = z.object({ user: currentUserSchema.nullable() });

/** A 6-digit authenticator code or a recovery code ("k7mqx-3hvzr"); the service tells which. */
export const secondFactorCodeSchema = safeText('required')
  .trim()
  .min(1, 'required')
  .max(16, 'authenticator_code_format')
  .regex(/^(\d{6}|[A-Za-z2-9]{5}[- ]?[A-Za-z2-9]{5})$/, 'authenticator_code_format');
/** Login answers either a session (user) or, for accounts with an authenticator, the second step. */
export const loginResponseSchema = z.object({
  user: currentUserSchema.nullable(),
  secondFactor: z.object({ token: z.string(), expiresInSeconds: z.number().int() }).optional(),
});
export const loginSecondFactorRequestSchema = z.object({
  token: safeText().min(20).max(100),
  code: secondFactorCodeSchema,
});
export const twoFactorStatusSchema = z.object({
  enabled: z.boolean(),
  /** Staff must keep it on. */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export const twoFactorEnrolmentSchema = z.object({
  /** Base32, for typing into the app by hand. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The URI as a QR code: an SVG data: URL. */
  qrCode: z.string(),
});
export const twoFactorCodeRequestSchema = z.object({ code: secondFactorCodeSchema });
export const recoveryCodesResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const disableTwoFactorRequestSchema = z.object({ password: requiredPassword, code: secondFactorCodeSchema });

export const sessionInfoSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  remember: z.boolean(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
export const sessionListResponseSchema = z.object({ sessions: z.array(sessionInfoSchema) });

export const okResponseSchema = z.object({ ok: z.literal(true) });
