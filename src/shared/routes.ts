import { LOCALES, type Locale } from './locales.js';

/**
 * The web app's pages, without the leading "/:locale". Shared so the server can
 * answer 404 (with the translated SPA page) for anything else.
 * `:name` matches one path segment.
 */
export const PAGE_PATTERNS = [
  '',
  'to-be-suppliers',
  'login',
  'register',
  'forgot-password',
  'reset-password',
  'agreement',
  'account',
  'account/supplier-authentication',
  // Buyers (issue 12): "Buyer information", the address book, invoice profiles, "My Orders".
  'account/buyer',
  'account/addresses',
  'account/invoice-profiles',
  'account/orders',
  'account/orders/:id',
  // The order form ("Place order" / "Add to order" on a product page).
  'orders/new',
  'admin/supplier-applications',
  'admin/supplier-applications/:id',
  'admin/brands',
  'admin/brands/:id',
  'admin/orders',
  'admin/orders/:id',
  // Messages (issue 14): the conversation list, a thread, and staff's reported conversations.
  'messages',
  'messages/:id',
  'admin/message-reports',
  'admin/message-reports/:id',
  'supplier',
  'supplier/profile',
  'supplier/brands',
  'supplier/brands/private',
  'supplier/brands/agency',
  'supplier/brands/new/:kind',
  'supplier/brands/:id',
  'suppliers/:id',
  'supplier/products',
  'supplier/products/new',
  'supplier/products/:id/edit',
  // "Order Management" (guide 5) and its "View Details".
  'supplier/orders',
  'supplier/orders/:id',
  'products/:id',
  'categories/:id',
  'search',
] as const;

function matches(pattern: string, segments: string[]): boolean {
  const parts = pattern ? pattern.split('/') : [];
  if (parts.length !== segments.length) return false;
  return parts.every((part, i) => part.startsWith(':') || part === segments[i]);
}

export function isKnownPage(pathWithoutLocale: string, patterns: readonly string[] = PAGE_PATTERNS): boolean {
  const segments = pathWithoutLocale.split('/').filter(Boolean);
  return patterns.some((p) => matches(p, segments));
}

/** Splits "/ru/to-be-suppliers?x=1" into { locale: 'ru', rest: '/to-be-suppliers' }. */
export function splitLocalePath(pathname: string): { locale: Locale | undefined; rest: string } {
  const clean = pathname.split(/[?#]/)[0] ?? '/';
  const [, first = '', ...rest] = clean.split('/');
  const locale = LOCALES.find((l) => l === first);
  if (!locale) return { locale: undefined, rest: clean || '/' };
  return { locale, rest: `/${rest.join('/')}` };
}

/** The same page in another language: "/ru/x" → "/es/x". */
export function localizedPath(locale: Locale, pathname: string): string {
  const { rest } = splitLocalePath(pathname);
  return `/${locale}${rest === '/' ? '/' : rest}`;
}
