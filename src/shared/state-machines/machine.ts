/**
 * A tiny state machine: named events, each allowed from some states into one state.
 * Services ask `next(from, event)`; repositories also get `sourcesOf(event)` to make the
 * SQL update conditional (UPDATE … WHERE status = ANY(sources)), so a race cannot skip it.
 */
export interface Machine<S extends string, E extends string> {
  states: readonly S[];
  next(from: S, event: E): S | undefined;
  sourcesOf(event: E): S[];
  can(from: S, event: E): boolean;
  events(from: S): E[];
}

export function defineMachine<S extends string, E extends string>(
  states: readonly S[],
  transitions: Record<E, { from: readonly S[]; to: S }>,
): Machine<S, E> {
  const entries = Object.entries(transitions) as [E, { from: readonly S[]; to: S }][];
  return {
    states,
    next: (from, event) => (transitions[event].from.includes(from) ? transitions[event].to : undefined),
    sourcesOf: (event) => [...transitions[event].from],
    can: (from, event) => transitions[event].from.includes(from),
    events: (from) => entries.filter(([, t]) => t.from.includes(from)).map(([e]) => e),
  };
}
