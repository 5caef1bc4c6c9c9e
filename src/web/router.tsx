import { createBrowserRouter, Navigate } from 'react-router';
import { DEFAULT_LOCALE } from '../shared/locales.js';
import { Layout } from './components/Layout.js';
import { PageError } from './components/PageError.js';
import { adminOnly, lazyPage, signedIn, staffOnly } from './lazyPage.js';
import { CategoryPage } from './routes/catalog/CategoryPage.js';
import { ProductPage } from './routes/catalog/ProductPage.js';
import { SearchPage } from './routes/catalog/SearchPage.js';
import { HomePage } from './routes/HomePage.js';
import { NotFoundPage } from './routes/NotFoundPage.js';
import { PublicSupplierPage } from './routes/suppliers/PublicSupplierPage.js';

/**
 * Paths mirror PAGE_PATTERNS in src/shared/routes.ts (the server answers 404 for the rest).
 *
 * Buyers' pages (home, search, category, product, supplier, 404) are in the entry chunk: any of
 * them can be the page a buyer lands on, and none should wait for a second round trip. Every
 * other page is a lazy route (`lazyPage`), so buyers never download the guide text, the account
 * and sign-in forms (with their validation schemas), the supplier authentication wizard, the
 * supplier center (brands, products, the rich-text editor) or the staff review consoles.
 */
export const router = createBrowserRouter([
  { path: '/', element: <Navigate to={`/${DEFAULT_LOCALE}/`} replace /> },
  {
    path: '/:lang',
    element: <Layout />,
    // Landing on a lazy page: header and footer at once, a loading state where the page goes.
    hydrateFallbackElement: <Layout pending />,
    children: [
      {
        // A page whose chunk fails to load (offline, or a deploy replaced it) errors here,
        // inside the layout, with a translated way out.
        errorElement: <PageError />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'to-be-suppliers',
            lazy: lazyPage(
              () => import('./routes/ToBeSuppliersPage.js'),
              (m) => <m.ToBeSuppliersPage />,
            ),
          },
          {
            path: 'login',
            lazy: lazyPage(
              () => import('./routes/LoginPage.js'),
              (m) => <m.LoginPage />,
            ),
          },
          {
            path: 'register',
            lazy: lazyPage(
              () => import('./routes/RegisterPage.js'),
              (m) => <m.RegisterPage />,
            ),
          },
          {
            path: 'forgot-password',
            lazy: lazyPage(
              () => import('./routes/ForgotPasswordPage.js'),
              (m) => <m.ForgotPasswordPage />,
            ),
          },
          {
            path: 'setup',
            lazy: lazyPage(
              () => import('./routes/staff/SetupPage.js'),
              (m) => <m.SetupPage />,
            ),
          },
          {
            path: 'staff-invitation',
            lazy: lazyPage(
              () => import('./routes/staff/InvitationPage.js'),
              (m) => <m.InvitationPage />,
            ),
          },
          {
            path: 'reset-password',
            lazy: lazyPage(
              () => import('./routes/ResetPasswordPage.js'),
              (m) => <m.ResetPasswordPage />,
            ),
          },
          {
            path: 'agreement',
            lazy: lazyPage(
              () => import('./routes/AgreementPage.js'),
              (m) => <m.AgreementPage />,
            ),
          },
          {
            path: 'account',
            lazy: lazyPage(
              () => import('./routes/account/AccountPage.js'),
              (m) => signedIn(<m.AccountPage />),
            ),
          },
          {
            // "Buyer information", the address book and invoice profiles (issue 12).
            path: 'account/buyer',
            lazy: lazyPage(
              () => import('./routes/buyers/BuyerInfoPage.js'),
              (m) => signedIn(<m.BuyerInfoPage />),
            ),
          },
          {
            path: 'account/addresses',
            lazy: lazyPage(
              () => import('./routes/buyers/AddressesPage.js'),
              (m) => signedIn(<m.AddressesPage />),
            ),
          },
          {
            path: 'account/invoice-profiles',
            lazy: lazyPage(
              () => import('./routes/buyers/InvoiceProfilesPage.js'),
              (m) => signedIn(<m.InvoiceProfilesPage />),
            ),
          },
          {
            path: 'account/supplier-authentication',
            lazy: lazyPage(
              () => import('./routes/supplier-auth/SupplierAuthPage.js'),
              (m) => signedIn(<m.SupplierAuthPage />),
            ),
          },
          // The buyer's "My Orders".
          {
            path: 'account/orders',
            lazy: lazyPage(
              () => import('./routes/orders/BuyerOrdersPage.js'),
              (m) => signedIn(<m.BuyerOrdersPage />),
            ),
          },
          {
            path: 'account/orders/:id',
            lazy: lazyPage(
              () => import('./routes/orders/BuyerOrderDetailPage.js'),
              (m) => signedIn(<m.BuyerOrderDetailPage />),
            ),
          },
          {
            path: 'supplier',
            lazy: lazyPage(
              () => import('./routes/supplier-center/SupplierCenterLayout.js'),
              (m) => signedIn(<m.SupplierCenterLayout />),
            ),
            children: [
              // "Supplier" leads here; the first section is the corporate information.
              { index: true, element: <Navigate to="profile" replace /> },
              {
                path: 'profile',
                lazy: lazyPage(
                  () => import('./routes/supplier-center/CorporateInfoPage.js'),
                  (m) => <m.CorporateInfoPage />,
                ),
              },
              {
                // "Licensed Brands" (guide 3): the "Private Brands" and "Agency Brands" tabs.
                path: 'brands',
                lazy: lazyPage(
                  () => import('./routes/brands/BrandsPage.js'),
                  (m) => <m.BrandsPage />,
                ),
                children: [
                  { index: true, element: <Navigate to="private" replace /> },
                  {
                    path: 'private',
                    lazy: lazyPage(
                      () => import('./routes/brands/BrandsPage.js'),
                      (m) => <m.BrandTable kind="private" />,
                    ),
                  },
                  {
                    path: 'agency',
                    lazy: lazyPage(
                      () => import('./routes/brands/BrandsPage.js'),
                      (m) => <m.BrandTable kind="agency" />,
                    ),
                  },
                ],
              },
              {
                path: 'brands/new/:kind',
                lazy: lazyPage(
                  () => import('./routes/brands/NewBrandPage.js'),
                  (m) => <m.NewBrandPage />,
                ),
              },
              {
                path: 'brands/:id',
                lazy: lazyPage(
                  () => import('./routes/brands/BrandDetailPage.js'),
                  (m) => <m.BrandDetailPage />,
                ),
              },
              // "Product Management" (guide 4): the list, "New Product" and the edit page.
              {
                path: 'products',
                lazy: lazyPage(
                  () => import('./routes/supplier-products/ProductManagementPage.js'),
                  (m) => <m.ProductManagementPage />,
                ),
              },
              {
                path: 'products/new',
                lazy: lazyPage(
                  () => import('./routes/supplier-products/ProductEditorPage.js'),
                  (m) => <m.ProductEditorPage />,
                ),
              },
              {
                path: 'products/:id/edit',
                lazy: lazyPage(
                  () => import('./routes/supplier-products/ProductEditorPage.js'),
                  (m) => <m.ProductEditorPage />,
                ),
              },
              // "Order Management" (guide 5): the list and "View Details".
              {
                path: 'orders',
                lazy: lazyPage(
                  () => import('./routes/orders/SupplierOrdersPage.js'),
                  (m) => <m.SupplierOrdersPage />,
                ),
              },
              {
                path: 'orders/:id',
                lazy: lazyPage(
                  () => import('./routes/orders/SupplierOrderDetailPage.js'),
                  (m) => <m.SupplierOrderDetailPage />,
                ),
              },
            ],
          },
          {
            // Messages (issue 14): the conversation list, and the thread beside it on wide screens.
            path: 'messages',
            lazy: lazyPage(
              () => import('./routes/messages/MessagesPage.js'),
              (m) => signedIn(<m.MessagesPage />),
            ),
            children: [
              {
                index: true,
                lazy: lazyPage(
                  () => import('./routes/messages/MessagesPage.js'),
                  (m) => <m.NoThreadChosen />,
                ),
              },
              {
                path: ':id',
                lazy: lazyPage(
                  () => import('./routes/messages/ThreadPage.js'),
                  (m) => <m.ThreadPage />,
                ),
              },
            ],
          },
          {
            // The order form (issue 12): one supplier's order draft, prices from the server.
            path: 'orders/new',
            lazy: lazyPage(
              () => import('./routes/orders/OrderFormPage.js'),
              (m) => signedIn(<m.OrderFormPage />),
            ),
          },
          { path: 'suppliers/:id', element: <PublicSupplierPage /> },
          { path: 'products/:id', element: <ProductPage /> },
          { path: 'categories/:id', element: <CategoryPage /> },
          { path: 'search', element: <SearchPage /> },
          {
            path: 'admin/supplier-applications',
            lazy: lazyPage(
              () => import('./routes/admin/ReviewQueuePage.js'),
              (m) => staffOnly(<m.ReviewQueuePage />),
            ),
          },
          {
            path: 'admin/supplier-applications/:id',
            lazy: lazyPage(
              () => import('./routes/admin/ReviewDetailPage.js'),
              (m) => staffOnly(<m.ReviewDetailPage />),
            ),
          },
          {
            path: 'admin/brands',
            lazy: lazyPage(
              () => import('./routes/brand-review/BrandQueuePage.js'),
              (m) => staffOnly(<m.BrandQueuePage />),
            ),
          },
          {
            path: 'admin/brands/:id',
            lazy: lazyPage(
              () => import('./routes/brand-review/BrandReviewPage.js'),
              (m) => staffOnly(<m.BrandReviewPage />),
            ),
          },
          // Staff: reported conversations (issue 14).
          {
            path: 'admin/message-reports',
            lazy: lazyPage(
              () => import('./routes/admin/MessageReportsPage.js'),
              (m) => staffOnly(<m.MessageReportsPage />),
            ),
          },
          {
            path: 'admin/message-reports/:id',
            lazy: lazyPage(
              () => import('./routes/admin/MessageReportDetailPage.js'),
              (m) => staffOnly(<m.MessageReportDetailPage />),
            ),
          },
          {
            path: 'admin/staff',
            lazy: lazyPage(
              () => import('./routes/staff/StaffPage.js'),
              (m) => adminOnly(<m.StaffPage />),
            ),
          },
          {
            path: 'admin/audit',
            lazy: lazyPage(
              () => import('./routes/staff/AuditLogPage.js'),
              (m) => adminOnly(<m.AuditLogPage />),
            ),
          },
          // Staff: any order, read-only.
          {
            path: 'admin/orders',
            lazy: lazyPage(
              () => import('./routes/orders/StaffOrdersPage.js'),
              (m) => staffOnly(<m.StaffOrdersPage />),
            ),
          },
          {
            path: 'admin/orders/:id',
            lazy: lazyPage(
              () => import('./routes/orders/StaffOrderDetailPage.js'),
              (m) => staffOnly(<m.StaffOrderDetailPage />),
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
