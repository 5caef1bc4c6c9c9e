// First: zod's setting must be in place before any schema module is evaluated.
import './zodJitless.js';
import './styles/global.css';
import './styles/forms.css';
import './styles/account.css';
import './styles/uploads.css';
import './styles/suppliers.css';
import './styles/suppliers-review.css';
import './styles/suppliers-center.css';
import './styles/products.css';
import './styles/order-form.css';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { DEFAULT_LOCALE } from '../shared/locales.js';
import { splitLocalePath } from '../shared/routes.js';
import { ME_KEY } from './api/auth.js';
import { ApiError } from './api/client.js';
import { initI18n } from './i18n/index.js';
import { router } from './router.js';

/** A 401 from any call means the session is gone (expired, revoked elsewhere): guarded pages go to Login. */
function onApiError(error: unknown) {
  if (error instanceof ApiError && error.status === 401 && error.body.code === 'UNAUTHENTICATED') {
    queryClient.setQueryData(ME_KEY, { user: null });
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // Client errors (401, 404…) will not change on a retry; network and server errors may.
      retry: (failureCount, error) =>
        failureCount < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const firstLocale = splitLocalePath(window.location.pathname).locale ?? DEFAULT_LOCALE;
// Rendering waits for the page's language to be loaded (a chunk of its own unless English):
// the first paint is in that language, never a flash of keys or of English. The first render is a
// transition, so React renders in slices and yields to the browser between them instead of holding
// the main thread for the whole page at once: on a slow phone this is the page's "total blocking
// time" (issue 16).
void initI18n(firstLocale).then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    ),
  ),
);
