import { createBrowserRouter, Navigate } from 'react-router';
import { DEFAULT_LOCALE } from '../shared/locales.js';
import { Layout } from './components/Layout.js';
import { RequireAuth } from './components/RequireAuth.js';
import { AccountPage } from './routes/account/AccountPage.js';
import { RequireStaff } from './routes/admin/RequireStaff.js';
import { ReviewDetailPage } from './routes/admin/ReviewDetailPage.js';
import { ReviewQueuePage } from './routes/admin/ReviewQueuePage.js';
import { AgreementPage } from './routes/AgreementPage.js';
import { BrandQueuePage } from './routes/brand-review/BrandQueuePage.js';
import { BrandReviewPage } from './routes/brand-review/BrandReviewPage.js';
import { BrandDetailPage } from './routes/brands/BrandDetailPage.js';
import { BrandsPage, BrandTable } from './routes/brands/BrandsPage.js';
import { CategoryPage } from './routes/catalog/CategoryPage.js';
import { ProductPage } from './routes/catalog/ProductPage.js';
import { SearchPage } from './routes/catalog/SearchPage.js';
import { NewBrandPage } from './routes/brands/NewBrandPage.js';
import { ForgotPasswordPage } from './routes/ForgotPasswordPage.js';
import { HomePage } from './routes/HomePage.js';
import { LoginPage } from './routes/LoginPage.js';
import { NotFoundPage } from './routes/NotFoundPage.js';
import { RegisterPage } from './routes/RegisterPage.js';
import { ResetPasswordPage } from './routes/ResetPasswordPage.js';
import { CorporateInfoPage } from './routes/supplier-center/CorporateInfoPage.js';
import { SupplierCenterLayout } from './routes/supplier-center/SupplierCenterLayout.js';
import { SupplierAuthPage } from './routes/supplier-auth/SupplierAuthPage.js';
import { ProductEditorPage } from './routes/supplier-products/ProductEditorPage.js';
import { ProductManagementPage } from './routes/supplier-products/ProductManagementPage.js';
import { PublicSupplierPage } from './routes/suppliers/PublicSupplierPage.js';
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
            <SupplierAuthPage />
          </RequireAuth>
        ),
      },
      {
        path: 'supplier',
        element: (
          <RequireAuth>
            <SupplierCenterLayout />
          </RequireAuth>
        ),
        children: [
          // "Supplier" leads here; the first section is the corporate information.
          { index: true, element: <Navigate to="profile" replace /> },
          { path: 'profile', element: <CorporateInfoPage /> },
          {
            // "Licensed Brands" (guide 3): the "Private Brands" and "Agency Brands" tabs.
            path: 'brands',
            element: <BrandsPage />,
            children: [
              { index: true, element: <Navigate to="private" replace /> },
              { path: 'private', element: <BrandTable kind="private" /> },
              { path: 'agency', element: <BrandTable kind="agency" /> },
            ],
          },
          { path: 'brands/new/:kind', element: <NewBrandPage /> },
          { path: 'brands/:id', element: <BrandDetailPage /> },
          // "Product Management" (guide 4): the list, "New Product" and the edit page.
          { path: 'products', element: <ProductManagementPage /> },
          { path: 'products/new', element: <ProductEditorPage /> },
          { path: 'products/:id/edit', element: <ProductEditorPage /> },
        ],
      },
      { path: 'suppliers/:id', element: <PublicSupplierPage /> },
      { path: 'products/:id', element: <ProductPage /> },
      { path: 'categories/:id', element: <CategoryPage /> },
      { path: 'search', element: <SearchPage /> },
      {
        path: 'admin/supplier-applications',
        element: (
          <RequireAuth>
            <RequireStaff>
              <ReviewQueuePage />
            </RequireStaff>
          </RequireAuth>
        ),
      },
      {
        path: 'admin/supplier-applications/:id',
        element: (
          <RequireAuth>
            <RequireStaff>
              <ReviewDetailPage />
            </RequireStaff>
          </RequireAuth>
        ),
      },
      {
        path: 'admin/brands',
        element: (
          <RequireAuth>
            <RequireStaff>
              <BrandQueuePage />
            </RequireStaff>
          </RequireAuth>
        ),
      },
      {
        path: 'admin/brands/:id',
        element: (
          <RequireAuth>
            <RequireStaff>
              <BrandReviewPage />
            </RequireStaff>
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
