import { z } from 'zod';
import { INT4_MAX, rowVersion } from './numbers.js';
import { safeMultilineText, safeName, safeText } from './text.js';
import { CATALOG_SORTS, PRODUCT_CURRENCIES } from '../catalog-options.js';
import { LOCALES } from '../locales.js';
import { PRODUCT_STATES } from '../state-machines/product.js';
import { COUNTRY_CODES, fileInfoSchema } from './suppliers.js';

/** Plain values in their own module, so buyers' pages can have them without zod. */
export { CATALOG_SORTS, PRODUCT_CURRENCIES };
export const PRODUCT_UNITS = [
  'piece',
  'set',
  'pair',
  'box',
  'carton',
  'kg',
  'ton',
  'meter',
  'square_meter',
  'liter',
  'roll',
  'bag',
] as const;
export const MAX_PRODUCT_IMAGES = 10;
/** Chinese and English are required (guide 4.2); Russian and Spanish may follow later. */
export const REQUIRED_PRODUCT_LOCALES = ['zh-CN', 'en'] as const;

const price = safeText('required')
  .trim()
  .regex(/^\d{1,12}(\.\d{1,4})?$/, 'amount_invalid')
  .refine((v) => Number(v) > 0, 'amount_invalid');

export const productTextSchema = z.object({
  name: safeName('required').trim().min(1, 'required').max(200, 'too_long'),
  sellingPoints: safeMultilineText().trim().max(1000, 'too_long').optional(),
  /** Rich text; sanitised on the server to an allow-list of tags. */
  descriptionHtml: safeMultilineText().max(50_000, 'too_long').optional(),
  keywords: safeText().trim().max(300, 'too_long').optional(),
  specs: z
    .array(
      z.object({
        name: safeText().trim().min(1, 'required').max(100, 'too_long'),
        value: safeText().trim().min(1, 'required').max(300, 'too_long'),
      }),
    )
    .max(50, 'too_many')
    .default([]),
});
export type ProductText = z.infer<typeof productTextSchema>;

export const priceTierSchema = z.object({
  minQuantity: z.number().int().min(1, 'quantity_invalid').max(INT4_MAX, 'quantity_invalid'),
  unitPrice: price,
});

export const productInputSchema = z
  .object({
    translations: z.object({
      'zh-CN': productTextSchema,
      en: productTextSchema,
      ru: productTextSchema.optional(),
      es: productTextSchema.optional(),
    }),
    categoryId: z.uuid('required'),
    brandId: z.uuid('required'),
    modelNumber: safeText().trim().max(100, 'too_long').optional(),
    imageFileIds: z.array(z.uuid()).max(MAX_PRODUCT_IMAGES, 'too_many').default([]),
    unit: z.enum(PRODUCT_UNITS, 'required'),
    moq: z.number('required').int().min(1, 'quantity_invalid').max(100_000_000, 'quantity_invalid'),
    currency: z.enum(PRODUCT_CURRENCIES, 'required'),
    priceTiers: z.array(priceTierSchema).min(1, 'price_required').max(10, 'too_many'),
    leadTimeDays: z.number().int().min(0).max(3650).optional(),
    origin: z.enum(COUNTRY_CODES as [string, ...string[]], 'country_invalid').optional(),
    hsCode: safeText()
      .trim()
      .regex(/^\d{6,10}$/, 'hs_code_invalid')
      .optional(),
    packaging: safeMultilineText().trim().max(300, 'too_long').optional(),
    weightKg: safeText()
      .trim()
      .regex(/^\d{1,9}(\.\d{1,3})?$/, 'amount_invalid')
      .optional(),
  })
  .superRefine((p, ctx) => {
    const tiers = p.priceTiers;
    for (let i = 1; i < tiers.length; i++) {
      if (tiers[i]!.minQuantity <= tiers[i - 1]!.minQuantity) {
        ctx.addIssue({ code: 'custom', path: ['priceTiers', i, 'minQuantity'], message: 'tiers_not_ascending' });
      }
    }
    if (tiers[0] && tiers[0].minQuantity > p.moq) {
      ctx.addIssue({ code: 'custom', path: ['priceTiers', 0, 'minQuantity'], message: 'first_tier_above_moq' });
    }
  });
export type ProductInput = z.infer<typeof productInputSchema>;

export const productUpdateSchema = z.object({ version: rowVersion, product: productInputSchema });

/** The supplier's own product, all languages, for the edit form. */
export const supplierProductSchema = z.object({
  id: z.uuid(),
  status: z.enum(PRODUCT_STATES),
  offShelfReason: z.string().nullable(),
  version: z.number().int(),
  product: productInputSchema,
  images: z.array(fileInfoSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A row of "Product Management". */
export const supplierProductRowSchema = z.object({
  id: z.uuid(),
  status: z.enum(PRODUCT_STATES),
  version: z.number().int(),
  name: z.string(),
  image: fileInfoSchema.nullable(),
  brandName: z.string(),
  categoryName: z.string(),
  minPrice: z.string(),
  maxPrice: z.string(),
  currency: z.enum(PRODUCT_CURRENCIES),
  /** Which of the four languages are filled in. */
  locales: z.array(z.enum(LOCALES)),
  updatedAt: z.string(),
});

export const catalogQuerySchema = z.object({
  q: safeText().trim().max(100).optional(),
  category: z.uuid().optional(),
  brand: z.uuid().optional(),
  supplier: z.uuid().optional(),
  currency: z.enum(PRODUCT_CURRENCIES).optional(),
  minPrice: z.coerce.number().min(0).optional(),
  maxPrice: z.coerce.number().min(0).optional(),
  maxMoq: z.coerce.number().int().min(1).max(INT4_MAX).optional(),
  origin: z.enum(COUNTRY_CODES as [string, ...string[]]).optional(),
  sort: z.enum(CATALOG_SORTS).default('newest'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(60).default(24),
});

export const catalogItemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The language the name is shown in (English when the visitor's is missing). */
  contentLocale: z.enum(LOCALES),
  image: fileInfoSchema.nullable(),
  minPrice: z.string(),
  maxPrice: z.string(),
  currency: z.enum(PRODUCT_CURRENCIES),
  moq: z.number().int(),
  unit: z.enum(PRODUCT_UNITS),
  origin: z.string().nullable(),
  supplier: z.object({ id: z.uuid(), name: z.string() }),
  brand: z.object({ id: z.uuid(), name: z.string() }),
});
export type CatalogItem = z.infer<typeof catalogItemSchema>;

export const catalogPageSchema = z.object({
  items: z.array(catalogItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const productPageSchema = catalogItemSchema.extend({
  modelNumber: z.string().nullable(),
  sellingPoints: z.string().nullable(),
  descriptionHtml: z.string().nullable(),
  keywords: z.string().nullable(),
  specs: z.array(z.object({ name: z.string(), value: z.string() })),
  images: z.array(fileInfoSchema),
  priceTiers: z.array(z.object({ minQuantity: z.number().int(), unitPrice: z.string() })),
  leadTimeDays: z.number().int().nullable(),
  hsCode: z.string().nullable(),
  packaging: z.string().nullable(),
  weightKg: z.string().nullable(),
  category: z.object({ id: z.uuid(), name: z.string() }),
  supplier: z.object({
    id: z.uuid(),
    name: z.string(),
    country: z.string(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
  }),
  /** Locales this product has text in (for hreflang alternates). */
  locales: z.array(z.enum(LOCALES)),
});
export type ProductPage = z.infer<typeof productPageSchema>;

export const categoryNodeSchema: z.ZodType<CategoryNode> = z.lazy(() =>
  z.object({ id: z.uuid(), slug: z.string(), name: z.string(), children: z.array(categoryNodeSchema) }),
);
export interface CategoryNode {
  id: string;
  slug: string;
  name: string;
  children: CategoryNode[];
}
