import { createBrowserRouter, Navigate } from 'react-router';
import { DEFAULT_LOCALE } from '../shared/locales.js';
import { Layout } from './components/Layout.js';
import { ComingSoonPage } from './routes/ComingSoonPage.js';
import { HomePage } from './routes/HomePage.js';
import { NotFoundPage } from './routes/NotFoundPage.js';
import { ToBeSuppliersPage } from './routes/ToBeSuppliersPage.js';

/** Paths mirror PAGE_PATTERNS in src/shared/routes.ts (the server answers 404 for the rest). */
export const router = createBrowserRouter([
  { path: '/', element: <Navigate to={`/${DEFAULT_LOCALE}/`} replace /> },
  {
    path: '/:lang',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'to-be-suppliers', element: <ToBeSuppliersPage /> },
      { path: 'login', element: <ComingSoonPage titleKey="terms.login" /> },
      { path: 'register', element: <ComingSoonPage titleKey="terms.register" /> },
      { path: 'forgot-password', element: <ComingSoonPage titleKey="terms.forgotPassword" /> },
      { path: 'agreement', element: <ComingSoonPage titleKey="terms.userAgreement" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
