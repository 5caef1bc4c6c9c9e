import { Link } from 'react-router';
import { FormAlert } from '../forms/FormAlert.js';
import { useLocalizedHref } from '../../hooks/useLocale.js';

/** Another submission that looks like this one, linked for comparison. */
export interface Lookalike {
  id: string;
  /** Path of its review page, without the language prefix. */
  path: string;
  name: string;
  /** What follows the link, e.g. " — Supplier (Approved)". */
  details: string;
}

/**
 * Warns about other submissions sharing what should be unique (a credit code, a brand name),
 * since they may be duplicates or impersonations; renders nothing when there are none.
 */
export function LookalikesAlert({
  intro,
  lookalikes,
  testId,
}: {
  intro: string;
  lookalikes: readonly Lookalike[];
  testId: string;
}) {
  const href = useLocalizedHref();
  if (!lookalikes.length) return null;
  return (
    <FormAlert tone="error" testId={testId}>
      {intro}
      <ul>
        {lookalikes.map((other) => (
          <li key={other.id}>
            <Link to={href(other.path)}>{other.name}</Link>
            {other.details}
          </li>
        ))}
      </ul>
    </FormAlert>
  );
}
