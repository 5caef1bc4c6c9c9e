import { getExampleNumber, type CountryCode } from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import type { ZodType } from 'zod';
import { issueCode, type useFieldErrors } from '../../hooks/useFieldErrors.js';

type FieldErrors<K extends string> = ReturnType<typeof useFieldErrors<K>>;

/** The form's strings as the API wants them: trimmed, and an empty optional field left out. */
export function withoutEmpty<T extends Record<string, string>>(values: T): { [K in keyof T]?: string } {
  const out: { [K in keyof T]?: string } = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    const value = values[key]!.trim();
    if (value) out[key] = value;
  }
  return out;
}

/**
 * Checks `input` with the shared schema before sending: every problem under its field (the
 * first per field), "check the highlighted fields" above the form. The parsed value, or null.
 */
export function checkWith<K extends string, T>(
  schema: ZodType<T>,
  input: unknown,
  fields: readonly K[],
  form: FieldErrors<K>,
  /** The part of the path the fields sit under, e.g. "buyer" for { buyer: {...} }. */
  prefix?: string,
): T | null {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    const name = (prefix && path[0] === prefix ? path[1] : path[0]) as K | undefined;
    if (name && fields.includes(name) && !seen.has(name)) {
      seen.add(name);
      form.setError(name, issueCode(issue.message));
    }
  }
  form.setFormProblem({ key: 'errors.VALIDATION_FAILED' });
  return null;
}

/** API paths under a request's wrapper ("buyer.phone", "address.city") mapped onto the form's fields. */
export function nestedAliases<K extends string>(prefix: string, fields: readonly K[]): Partial<Record<string, K>> {
  return Object.fromEntries(fields.map((field) => [`${prefix}.${field}`, field]));
}

/** "+86 131 2345 6789" for CN: an example of a valid number in the country. */
export function phoneExample(country: string): string | undefined {
  if (!country) return undefined;
  try {
    return getExampleNumber(country as CountryCode, examples)?.formatInternational();
  } catch {
    return undefined;
  }
}
