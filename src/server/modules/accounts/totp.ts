import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { sha256 } from '../../platform/crypto.js';

/** RFC 6238 as every authenticator app supports it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Buttress Roots';

/** A new 160-bit secret (RFC 4226's recommended length), base32 for the user to type or scan. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secret: string, label = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), period: TOTP_PERIOD_SECONDS });
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code of one time step, as an authenticator app shows it (demo seed and tests sign in with it). */
export function totpCodeAt(secret: string, step: number): string {
  return totpOf(secret).generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
}

/**
 * The time step whose code `code` is, accepting one step of clock drift either way (RFC 6238
 * §5.2), or null. The caller refuses a step at or before the last one used (replay).
 */
export function matchTotpStep(secret: string, code: string, now: Date): number | null {
  const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totpStep(now) + delta;
}

/** What authenticator apps scan: otpauth://totp/Buttress%20Roots:name?secret=…&issuer=… */
export function otpauthUri(secret: string, accountName: string): string {
  return totpOf(secret, accountName).toString();
}

/** The URI as an SVG QR code in a data: URL (the CSP allows data: images; no script needed). */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export const SIX_DIGITS = /^\d{6}$/;
// Crockford-style: no 0/1/i/l/o/u, so a code read off paper is typed right.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstvwxyz23456789';
const RECOVERY_PATTERN = /^[a-z2-9]{5}-?[a-z2-9]{5}$/;
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like "k7mqx-3hvzr" (≈ 49 bits each). */
export function newRecoveryCodes(): string[] {
  const one = () => Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const code = one();
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** Lower case, no spaces, the dash optional; undefined when it cannot be a recovery code. */
export function normaliseRecoveryCode(input: string): string | undefined {
  const value = input.trim().toLowerCase().replace(/\s+/g, '');
  if (!RECOVERY_PATTERN.test(value)) return undefined;
  const bare = value.replace('-', '');
  return `${bare.slice(0, 5)}-${bare.slice(5)}`;
}

export function hashRecoveryCode(normalised: string): string {
  return sha256(`recovery:${normalised}`);
}
