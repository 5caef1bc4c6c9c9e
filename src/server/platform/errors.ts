/**
 * One error vocabulary for the whole API. Clients (the web app) translate by `code`;
 * `message` is an English fallback for humans reading logs or curl output.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  /** Wrong, replayed or expired authenticator / recovery code (or an expired pending login). */
  SECOND_FACTOR_INVALID: 401,
  FORBIDDEN: 403,
  SUPPLIER_NOT_APPROVED: 403,
  CSRF_REJECTED: 403,
  /** Staff signed in with a password only: the authenticator must be enrolled first. */
  MFA_ENROLMENT_REQUIRED: 403,
  /** A sensitive staff action needs a second factor proved within the last minutes. */
  REAUTH_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  VERSION_CONFLICT: 409,
  /** An order is no longer in a state the action starts from (another action won, or it never was). */
  ORDER_STATE_CONFLICT: 409,
  /** The contract is not (or no longer) in a state the action starts from. */
  CONTRACT_STATE_CONFLICT: 409,
  /** A signed copy of a contract version that is not the confirmed one. */
  CONTRACT_VERSION_OUTDATED: 409,
  /** An invoice amount that does not match the order total or what is left to invoice. */
  INVOICE_AMOUNT_MISMATCH: 422,
  /** The other party of a conversation blocked the caller: no more messages from this side. */
  CONVERSATION_BLOCKED: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Well-formed, but a business rule refuses it; `details` name the rule (e.g. below_moq). */
  UNPROCESSABLE: 422,
  /** An order needs the buyer party: "Buyer information" first. */
  BUYER_INFORMATION_REQUIRED: 422,
  /** A supplier never orders its own products. */
  OWN_PRODUCT: 422,
  /** The same Idempotency-Key was sent with a different request. */
  IDEMPOTENCY_KEY_REUSED: 422,
  /** Understood but over a per-account limit (e.g. 20 delivery addresses); details say which. */
  LIMIT_REACHED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  /** Field path, e.g. "company.nameZh"; empty for the whole request. */
  path: string;
  /** Machine code of the problem, translated by the client (e.g. "too_small"). */
  code: string;
  message?: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: ErrorDetail[],
    /** Extra headers to send, e.g. Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(message ?? code);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what = 'Resource') => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'Not allowed') => new AppError('FORBIDDEN', message);
export const conflict = (message = 'Conflict') => new AppError('CONFLICT', message);

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  requestId: string;
}
