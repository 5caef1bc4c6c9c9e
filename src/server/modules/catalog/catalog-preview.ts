import { isLocale, type Locale } from '../../../shared/locales.js';
import { seoSummary } from '../../../shared/seo-summary.js';
import { isUuid } from '../../../shared/uuid.js';
import { platformDay } from '../../../shared/working-days.js';
import type { Clock } from '../../platform/clock.js';
import { catalogQuerySchema, type CatalogItem, type CategoryNode } from '../../../shared/schemas/products.js';
import {
  previewBreadcrumb,
  type PagePreview,
  type PagePreviewProvider,
  type ShellText,
} from '../../platform/shell-preview.js';
import { AppError } from '../../platform/errors.js';
import { escapeHtml } from '../../platform/html.js';
import type { CatalogCache } from './catalog-cache.js';
import type { CatalogService } from './catalog.service.js';

/** Enough cards to fill a phone's first screen and a desktop's first rows. */
const PREVIEW_CARDS = 8;

/** Cards as src/web/components/products/ProductCard.tsx draws them: picture and name. */
function cards(locale: string, items: CatalogItem[]): string {
  const li = items.map(
    (item) =>
      `<li><article class="product-card"><a class="product-card-link" href="/${locale}/products/${item.id}">` +
      (item.image
        ? `<img alt="" class="product-card-image" width="240" height="240" src="${escapeHtml(item.image.thumbnailUrl ?? item.image.url)}">`
        : '<span class="product-card-image product-card-noimage" aria-hidden="true"></span>') +
      `<h3 class="product-card-name" lang="${item.contentLocale}">${escapeHtml(item.name)}</h3></a></article></li>`,
  );
  return li.length ? `<ul class="product-grid">${li.join('')}</ul>` : '';
}

function findCategory(nodes: CategoryNode[], id: string): CategoryNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const child = findCategory(node.children, id);
    if (child) return child;
  }
  return undefined;
}

async function productPreview(catalog: CatalogService, locale: Locale, id: string, t: ShellText): Promise<PagePreview> {
  const product = await catalog.product(id, locale);
  const image = product.images[0] ?? product.image;
  const picture = image
    ? `<div class="gallery"><a class="gallery-main" href="${escapeHtml(image.url)}">` +
      `<img alt="${escapeHtml(product.name)}" width="600" height="600" fetchpriority="high" src="${escapeHtml(image.url)}"></a></div>`
    : '';
  const crumbs = [{ label: product.category.name, href: `/${locale}/categories/${product.category.id}` }];
  return {
    main:
      `<article class="container product-page">${previewBreadcrumb(t, locale, product.name, crumbs)}` +
      `<div class="product-top">${picture}<div class="product-summary">` +
      `<h1 lang="${product.contentLocale}">${escapeHtml(product.name)}</h1></div></div></article>`,
    title: product.name,
    description: seoSummary(
      [product.name, product.sellingPoints, product.supplier.name].filter((s): s is string => Boolean(s)).join(' — '),
    ),
  };
}

async function listPreview(
  catalog: CatalogService,
  locale: Locale,
  query: URLSearchParams,
  t: ShellText,
  categoryId?: string,
): Promise<PagePreview | undefined> {
  const parsed = catalogQuerySchema.safeParse({ ...Object.fromEntries(query), page: '1', pageSize: PREVIEW_CARDS });
  if (!parsed.success) return undefined;
  let heading: string;
  let description: string;
  let crumb: string;
  if (categoryId) {
    const category = findCategory(await catalog.categories(locale), categoryId);
    if (!category) return undefined;
    heading = crumb = category.name;
    description = t('catalog.seo.category', { name: category.name });
  } else {
    const q = parsed.data.q?.trim();
    heading = q ? t('catalog.search.resultsFor', { query: q }) : t('catalog.search.title');
    crumb = t('catalog.search.title');
    description = t('catalog.seo.search');
  }
  const page = await catalog.list({ ...parsed.data, ...(categoryId ? { category: categoryId } : {}) }, locale);
  return {
    main:
      `<div class="container catalog-page">${previewBreadcrumb(t, locale, crumb)}<h1>${escapeHtml(heading)}</h1>` +
      `${cards(locale, page.items)}</div>`,
    title: heading,
    description,
  };
}

/**
 * The product, search and category pages' previews (src/server/platform/shell-preview.ts). Kept
 * in the catalog cache beside the API's answers, so they are forgotten with them when a supplier
 * or staff changes the catalog.
 */
export function catalogPreviews(catalog: CatalogService, cache: CatalogCache, clock: Clock): PagePreviewProvider {
  return async ({ locale, path, query, text }) => {
    if (!isLocale(locale)) return undefined;
    const [, section, id, extra] = path.split('/');
    const compute = async (): Promise<PagePreview | undefined> => {
      if (section === 'products' && id && isUuid(id) && extra === undefined)
        return productPreview(catalog, locale, id, text);
      if (section === 'categories' && id && isUuid(id) && extra === undefined)
        return listPreview(catalog, locale, query, text, id);
      if (section === 'search' && id === undefined) return listPreview(catalog, locale, query, text);
      return undefined;
    };
    if (!['products', 'categories', 'search'].includes(section ?? '')) return undefined;
    const key = JSON.stringify(['page-preview', locale, path, [...query].sort(), platformDay(clock.now())]);
    // A page that does not exist has no preview (kept as such); any other failure is not kept.
    const { body } = await cache.responses.get(key, async () => {
      const preview = await compute().catch((error: unknown) => {
        if (error instanceof AppError && error.status === 404) return undefined;
        throw error;
      });
      return Buffer.from(JSON.stringify(preview ?? null));
    });
    return (JSON.parse(body.toString('utf8')) as PagePreview | null) ?? undefined;
  };
}
