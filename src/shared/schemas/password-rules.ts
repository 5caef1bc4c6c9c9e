import { z } from 'zod';

/**
 * Password rules of ASVS 5.0 V6.2, shared by the server and the web forms (which show them before
 * submit): 12–128 characters, any characters, no composition rules; refused are passwords made of
 * few distinct characters (blank, "aaaa…", "abab…") and passwords containing a context word —
 * the account name, the email address or its local part, or the service's name. The common-
 * password list (50,000 entries) is too big for the browser: the server checks it.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
/** Fewer distinct characters (ignoring case and whitespace) than this is "repetitive". */
export const PASSWORD_MIN_DISTINCT = 5;
/** Context words shorter than this are too common to forbid inside a password. */
const MIN_CONTEXT_WORD = 4;
/** The service's own name, in the forms people would write it ("Buttress-Roots" is caught by both). */
const SERVICE_WORDS = ['buttress', 'buttressroots'];

export type PasswordProblem = 'password_length' | 'password_repetitive' | 'password_context';

export interface PasswordContext {
  accountName?: string;
  email?: string;
}

const characters = (text: string) => Array.from(text);
const normalise = (text: string) => text.normalize('NFKC').toLowerCase();

/** The words a password must not contain, lower-cased. */
export function contextWords(context: PasswordContext): string[] {
  const words = [...SERVICE_WORDS];
  const accountName = context.accountName?.trim();
  if (accountName) words.push(accountName);
  const email = context.email?.trim();
  if (email) words.push(email, email.split('@')[0] ?? '');
  return words.map(normalise).filter((word) => characters(word).length >= MIN_CONTEXT_WORD);
}

/** The first rule `password` breaks, or undefined. Length counts characters, not UTF-16 units. */
export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | undefined {
  const length = characters(password).length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) return 'password_length';
  const distinct = new Set(characters(normalise(password).replace(/\s/g, '')));
  if (distinct.size < PASSWORD_MIN_DISTINCT) return 'password_repetitive';
  const text = normalise(password);
  if (contextWords(context).some((word) => text.includes(word))) return 'password_context';
  return undefined;
}

/** A new password, checked against `context` (the account it is for, as far as it is known). */
export function newPasswordSchema(context: PasswordContext = {}) {
  // The cheap bound first, so no huge string is split into characters.
  return z
    .string('required')
    .max(PASSWORD_MAX * 4, 'password_length')
    .superRefine((password, ctx) => {
      const problem = passwordProblem(password, context);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}
