import type { ReactNode } from 'react';
import { useFormat } from '../../hooks/useFormat.js';

/**
 * One row of a `<dl className="facts">`: the term and its value. Renders nothing when there is no
 * value (null, undefined, false or ''), so that lists of optional facts need no filtering or guards.
 */
export function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** A moment ("Submitted at", "Due by") as a `<time>` in the page's language; nothing before it exists. */
export function TimeFact({ label, at, testId }: { label: string; at: string | null | undefined; testId?: string }) {
  const format = useFormat();
  return (
    <Fact label={label} testId={testId}>
      {at ? <time dateTime={at}>{format.dateTime(at)}</time> : null}
    </Fact>
  );
}
