import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** 256-bit URL-safe random token (session cookies, reset links). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Six decimal digits from the CSPRNG, leading zeros kept. */
export function randomDigits(length = 6): string {
  return Array.from({ length }, () => String(randomInt(10))).join('');
}

export function safeEqualHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function sha256Bytes(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
