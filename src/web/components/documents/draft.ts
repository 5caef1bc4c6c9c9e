/**
 * A form's typed values against answers from the server. The form remembers the values it last
 * took from the server (`base`); when a newer answer comes (a reload, the answer to a save, or an
 * answer requested before the person typed), each field the person has not touched since takes the
 * new value, and each field they changed keeps what they typed. So no answer ever overwrites typing.
 */
export function rebase<T extends Record<string, unknown>>(base: T, draft: T, incoming: T): T {
  const next = { ...incoming };
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (!sameValue(draft[key], base[key])) next[key] = draft[key];
  }
  return next;
}

/** The form's fields the person changed from `base`. */
export function changedFields<T extends Record<string, unknown>>(base: T, draft: T): (keyof T)[] {
  return (Object.keys(draft) as (keyof T)[]).filter((key) => !sameValue(draft[key], base[key]));
}

/** Plain data (strings, numbers, booleans, arrays and objects of them) compared by value. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
