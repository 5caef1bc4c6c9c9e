import type { ReactNode } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router';
import { RequireAuth } from './components/RequireAuth.js';
import { RequireStaff } from './routes/admin/RequireStaff.js';

/**
 * A route whose page is a separate chunk, fetched the first time the route matches. React
 * Router waits for it before committing the navigation (the current page stays up, and
 * Layout shows that the next one is loading); nested lazy routes are fetched in parallel.
 * `render` builds the element once the module is in, guards included.
 */
export function lazyPage<M>(load: () => Promise<M>, render: (module: M) => ReactNode): LazyRouteFunction<RouteObject> {
  return async () => ({ element: render(await load()) });
}

/** Signed-in users only. One guard per route, as before the split, so each page mounts its own. */
export const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;

/** Platform staff only. */
export const staffOnly = (page: ReactNode) => (
  <RequireAuth>
    <RequireStaff>{page}</RequireStaff>
  </RequireAuth>
);

/** Platform administrators only (Staff, Audit log). */
export const adminOnly = (page: ReactNode) => (
  <RequireAuth>
    <RequireStaff admin>{page}</RequireStaff>
  </RequireAuth>
);
