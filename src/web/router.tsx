import { createBrowserRouter, Navigate } from 'react-router';
import { DEFAULT_LOCALE } from '../shared/locales.js';
import { Layout } from './components/Layout.js';
import { RequireAuth } from './components/RequireAuth.js';
import { AccountPage } from './routes/account/AccountPage.js';
import { AgreementPage } from './routes/AgreementPage.js';
import { ComingSoonPage } from './routes/ComingSoonPage.js';
import { ForgotPasswordPage } from './routes/ForgotPasswordPage.js';
import { HomePage } from './routes/HomePage.js';
import { LoginPage } from './routes/LoginPage.js';
import { NotFoundPage } from './routes/NotFoundPage.js';
import { RegisterPage } from './routes/RegisterPage.js';
import { ResetPasswordPage } from './routes/ResetPasswordPage.js';
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
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'agreement', element: <AgreementPage /> },
      {
        path: 'account',
        element: (
          <RequireAuth>
            <AccountPage />
          </RequireAuth>
        ),
      },
      {
        path: 'account/supplier-authentication',
        element: (
          <RequireAuth>
            <ComingSoonPage titleKey="terms.supplierAuthentication" />
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
