import { useSearchParams } from 'react-router';
import { safeNextPath } from '../lib/safeNextPath.js';

/** The page to return to after logging in (`?next=`), when it is safe to go there. */
export function useNextPath(): string | undefined {
  const [params] = useSearchParams();
  return safeNextPath(params.get('next'), window.location.origin);
}
