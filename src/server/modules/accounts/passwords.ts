import { createRequire } from 'node:module';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { passwordProblem, type PasswordContext } from '../../../shared/schemas/password-rules.js';
import { AppError } from '../../platform/errors.js';

/** OWASP minimum for argon2id: 19 MiB, 2 passes, 1 lane. */
// 2 = Algorithm.Argon2id (a const enum, which isolatedModules cannot read).
const ARGON2_OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash of a random string, verified against when the account does not exist, so timing reveals nothing. */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash.then((h) => verifyPassword(h, password));
}

/**
 * The 50,000 most common passwords of 8+ characters (Firefox Accounts' list, from the
 * "10 million passwords" corpus), decoded once into a Set. Compared case-insensitively.
 */
let commonPasswords: Set<string> | undefined;
function loadCommonPasswords(): Set<string> {
  const require = createRequire(import.meta.url);
  const encoded = require('fxa-common-password-list/src/encoded-passwords.js') as string;
  const { Decoder } = (
    require('incremental-encoder') as { default: { Decoder: new () => { decode(lines: string[]): string[] } } }
  ).default;
  return new Set(new Decoder().decode(encoded.split('\n')).map((p) => p.toLowerCase()));
}

export function commonPasswordCount(): number {
  commonPasswords ??= loadCommonPasswords();
  return commonPasswords.size;
}

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= loadCommonPasswords();
  return commonPasswords.has(password.toLowerCase());
}

/**
 * The rules of src/shared/schemas/password-rules.ts with the context the server knows (the
 * account's name and email), then the common-password list the browser does not have.
 */
export function assertPasswordAcceptable(password: string, path = 'password', context: PasswordContext = {}): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new AppError('VALIDATION_FAILED', 'This password is not allowed', [{ path, code: problem }]);
  if (isCommonPassword(password)) {
    throw new AppError('VALIDATION_FAILED', 'This password is too common', [{ path, code: 'password_common' }]);
  }
}
