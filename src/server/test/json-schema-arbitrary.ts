/**
 * fast-check arbitraries from a route's JSON Schema (zod 4's z.toJSONSchema of its zod schema;
 * zod-fast-check does not support zod 4): values that fit the schema, and hostile mutations of
 * them — control characters, bidi overrides, very long strings, wrong types, extra and prototype
 * keys, numbers as strings, huge numbers — for the schema fuzz suite.
 */
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** A piece of JSON text sent as is: numbers JSON.stringify cannot write (1e999, -0, 30-digit integers). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Generated strings stay short; "very long" is one of the hostile cases. */
const MAX_GENERATED_LENGTH = 40;
const MAX_GENERATED_ITEMS = 4;
const MAX_DEPTH = 6;

const clampInt = (value: number | undefined, fallback: number) =>
  value === undefined || !Number.isFinite(value) ? fallback : Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, value));

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'date':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'uri':
    case 'url':
      return fc.webUrl();
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_GENERATED_LENGTH, MAX_GENERATED_LENGTH));
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, schema.maxLength ?? s.length));
    } catch {
      // A pattern fast-check cannot invert: fall back to plain strings (mostly refused: fine for fuzzing).
    }
  }
  return fc.string({ minLength, maxLength, unit: 'grapheme' });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined);
  if (integer) {
    const low = clampInt(min, -1000);
    const high = Math.max(low, clampInt(max, 1_000_000));
    // Small values are the interesting ones (versions, pages, quantities); so are the declared
    // ends of the range, which may not fit the database column (2^53 − 1 in an int4).
    const ends = [min, max, 0, -1, 2 ** 31, -(2 ** 31) - 1].filter(
      (n): n is number => n !== undefined && Number.isSafeInteger(n) && (min ?? n) <= n && n <= (max ?? n),
    );
    return fc.oneof(
      fc.integer({ min: low, max: Math.min(high, low + 100) }),
      fc.integer({ min: low, max: high }),
      fc.constantFrom(...(ends.length ? ends : [low])),
    );
  }
  return fc.double({
    min: min ?? -1e9,
    max: max ?? 1e9,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

/** Values that fit `schema` (as far as JSON Schema says: zod refinements may still refuse them). */
export function arbitraryFromSchema(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length) return fc.oneof(...union.map((s) => arbitraryFromSchema(s, depth + 1)));
  if (schema.allOf?.length) return arbitraryFromSchema(schema.allOf[0]!, depth + 1);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => arbitraryFromSchema({ ...schema, type }, depth + 1)));
  }
  switch (schema.type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? MAX_GENERATED_ITEMS, MAX_GENERATED_ITEMS));
      return fc.array(arbitraryFromSchema(schema.items ?? {}, depth + 1), { minLength, maxLength });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, arbitraryFromSchema(value, depth + 1)]),
      );
      const requiredKeys = (schema.required ?? []).filter((key) => key in properties);
      return fc.record(model, { requiredKeys });
    }
    default:
      // No type (zod's "any"/unrepresentable): any JSON.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

export const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\u0007', '\b', '\u000b', '\u001b', '\u007f', '\u0085', '\r\n'];
/** Bidi overrides and isolates, zero-width characters and the BOM. */
export const INVISIBLE_CHARACTERS = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200b', '\u200d', '\ufeff'];

const NUMBER_LIKE_STRINGS = ['NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x1F', '1_000', ' 7 ', '', '٣', '１２'];
const INJECTION_STRINGS = [
  "' OR '1'='1' --",
  '%',
  '_',
  '\\',
  '%00',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '\uD800',
  'e\u0301\u0301\u0301',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🐉 中文 русский',
];

/** Strings no form would send. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(...CONTROL_CHARACTERS, ...INVISIBLE_CHARACTERS),
      fc.string({ maxLength: 12 }),
    )
    .map(([a, c, b]) => `${a}${c}${b}`),
  fc.constantFrom(...NUMBER_LIKE_STRINGS, ...INJECTION_STRINGS),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(5_000, 70_000).map((n) => 'A'.repeat(n)),
  fc.constant('𝕏'.repeat(20_000)),
);

/** Values of the wrong type or out of any range. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_VALUE,
    1e308,
    [],
    {},
    [null],
    new RawJson('1e999'),
    new RawJson('-0'),
    new RawJson('123456789012345678901234567890'),
    new RawJson('0.1e-400'),
  ),
  fc.integer().map(String),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 1, max: 40 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
  fc.constant(new RawJson('['.repeat(5_000) + ']'.repeat(5_000))),
  fc.constant(Array.from({ length: 2_000 }, (_, i) => i)),
);

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => leafPaths(item, [...path, i], out));
  else if (value && typeof value === 'object' && !(value instanceof RawJson)) {
    for (const [key, item] of Object.entries(value)) leafPaths(item, [...path, key], out);
  }
  return out;
}

function setAt(value: unknown, path: Path, replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && remove) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head!];
  } else {
    copy[head!] = setAt(copy[head!], rest, replacement, remove);
  }
  return copy;
}

/** An own property named `key`, even "__proto__" (which plain assignment would not create). */
function withOwnKey(value: unknown, key: string, item: unknown): unknown {
  const target = value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
  Object.defineProperty(target, key, { value: item, enumerable: true, configurable: true, writable: true });
  return target;
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Valid values, and each mutated at one place (or replaced whole) by something hostile. */
export function mutatedFromSchema(schema: JsonSchema): fc.Arbitrary<unknown> {
  const valid = arbitraryFromSchema(schema);
  const pick = <T>(paths: T[], index: number) => paths[index % paths.length]!;
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    {
      weight: 4,
      arbitrary: fc
        .tuple(valid, fc.nat(), hostileValue)
        .map(([value, i, junk]) => setAt(value, pick(leafPaths(value), i), junk)),
    },
    {
      weight: 3,
      // A control or invisible character inside an otherwise valid string field; NUL (which
      // PostgreSQL cannot store in text) as often as all the others together.
      arbitrary: fc
        .tuple(
          valid,
          fc.nat(),
          fc.oneof(fc.constant('\u0000'), fc.constantFrom(...CONTROL_CHARACTERS, ...INVISIBLE_CHARACTERS)),
        )
        .map(([value, i, c]) => {
          const strings = leafPaths(value).filter((p) => typeof valueAt(value, p) === 'string');
          if (!strings.length) return value;
          const path = pick(strings, i);
          const text = valueAt(value, path) as string;
          return setAt(value, path, `${text.slice(0, 3)}${c}${text.slice(3)}`);
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.nat())
        .map(([value, i]) => setAt(value, pick(leafPaths(value).slice(1), i) ?? [], undefined, true)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...PROTOTYPE_KEYS, 'extra', 'isAdmin'), hostileValue)
        .map(([value, key, junk]) => withOwnKey(value, key, key === '__proto__' ? { isAdmin: true } : junk)),
    },
    { weight: 1, arbitrary: hostileValue },
  );
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);
}

/** JSON text of a generated value: RawJson pieces as written, own "__proto__" keys kept. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : toJsonText(item))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
