import { isLocale } from '../../../shared/locales.js';
import { seoSummary } from '../../../shared/seo-summary.js';
import { isUuid } from '../../../shared/uuid.js';
import { AppError } from '../../platform/errors.js';
import { escapeHtml } from '../../platform/html.js';
import { previewBreadcrumb, type PagePreviewProvider } from '../../platform/shell-preview.js';
import type { ProfileService } from './profile.service.js';

const SUPPLIER_PAGE = /^\/suppliers\/([^/]+)$/;

/**
 * The public supplier page's preview (src/server/platform/shell-preview.ts): logo, name and the
 * "authenticated supplier" badge, as src/web/routes/suppliers/PublicSupplierPage.tsx draws them,
 * with the page's title and a description from the company profile.
 */
export function supplierPreview(profiles: Pick<ProfileService, 'publicPage'>): PagePreviewProvider {
  return async ({ locale, path, text: t }) => {
    const id = SUPPLIER_PAGE.exec(path)?.[1];
    if (!id || !isUuid(id) || !isLocale(locale)) return undefined;
    const supplier = await profiles.publicPage(id, locale).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) return undefined;
      throw error;
    });
    if (!supplier) return undefined;
    const logo = supplier.logo
      ? `<img class="supplier-logo" alt="${escapeHtml(supplier.name)}" width="96" height="96" src="${escapeHtml(supplier.logo.thumbnailUrl ?? supplier.logo.url)}">`
      : '';
    return {
      main:
        `<article class="container public-supplier">${previewBreadcrumb(t, locale, supplier.name)}` +
        `<header class="supplier-head">${logo}<div><h1>${escapeHtml(supplier.name)}</h1>` +
        `<span class="badge badge-approved">${escapeHtml(t('publicSupplier.verified'))}</span></div></header></article>`,
      title: supplier.name,
      description: seoSummary(
        [supplier.name, supplier.profile ?? supplier.mainProducts].filter((s): s is string => Boolean(s)).join(' — '),
      ),
    };
  };
}
