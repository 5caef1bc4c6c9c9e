import { z } from 'zod';

/**
 * The one string type for text a client sends (body, query, params). PostgreSQL cannot store
 * U+0000 and control characters have no business in names, notes or searches: they are
 * refused here, at the schema, with a code the UI translates (`validation.control_character`).
 *
 * - safeText: single-line text; refuses C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F)
 *   controls and unpaired surrogates.
 * - safeMultilineText: the same, but allows tab, line feed and carriage return (textareas).
 * - safeName: safeText that also refuses invisible characters that disguise a name: bidi
 *   overrides and isolates (U+202A–U+202E, U+2066–U+2069) and zero-width characters (U+200B–U+200D,
 *   U+2060, U+FEFF) — "paypal\u200b" must not pass for "paypal" (`validation.invisible_character`).
 *
 * Each returns a plain ZodString, so `.trim().min().max()` chain as usual.
 */

export const CONTROL_CHARACTER = 'control_character';
export const INVISIBLE_CHARACTER = 'invisible_character';

// Lone surrogates cannot be encoded as UTF-8; the `u` flag matches them only when unpaired.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]|\p{Cs}/u;
// eslint-disable-next-line no-control-regex -- as above, less tab, line feed and carriage return
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;

type StringParams = Parameters<typeof z.string>[0];

export function hasControlCharacter(value: string, allowLineBreaks = false): boolean {
  return (allowLineBreaks ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL).test(value);
}

export function hasInvisibleCharacter(value: string): boolean {
  return INVISIBLE.test(value);
}

/** Single-line text without control characters. */
export const safeText = (params?: StringParams) =>
  z.string(params).refine((v) => !hasControlCharacter(v), { message: CONTROL_CHARACTER, abort: true });

/** Multi-line text (textareas): tab and line breaks allowed, other control characters not. */
export const safeMultilineText = (params?: StringParams) =>
  z.string(params).refine((v) => !hasControlCharacter(v, true), { message: CONTROL_CHARACTER, abort: true });

/** A name people read (company, brand, product, person): no controls and no invisible characters. */
export const safeName = (params?: StringParams) =>
  safeText(params).refine((v) => !hasInvisibleCharacter(v), { message: INVISIBLE_CHARACTER, abort: true });
