import { LOCALES, type Locale } from '../../../shared/locales.js';
import {
  MAX_PRODUCT_IMAGES,
  type PRODUCT_CURRENCIES,
  type PRODUCT_UNITS,
  type ProductInput,
  REQUIRED_PRODUCT_LOCALES,
} from '../../../shared/schemas/products.js';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import type { SupplierProduct } from '../../api/products.js';

/** The "New Product" / edit form's state: strings as typed, rows with stable keys. */

export interface SpecRow {
  key: string;
  name: string;
  value: string;
}

export interface TextValues {
  name: string;
  sellingPoints: string;
  descriptionHtml: string;
  keywords: string;
  specs: SpecRow[];
}

export interface TierRow {
  key: string;
  minQuantity: string;
  unitPrice: string;
}

export interface ProductValues {
  translations: Record<Locale, TextValues>;
  categoryId: string;
  brandId: string;
  modelNumber: string;
  images: FileInfo[];
  unit: (typeof PRODUCT_UNITS)[number] | '';
  moq: string;
  currency: (typeof PRODUCT_CURRENCIES)[number];
  priceTiers: TierRow[];
  leadTimeDays: string;
  origin: string;
  hsCode: string;
  packaging: string;
  weightKg: string;
}

export const MAX_SPECS = 50;
export const MAX_TIERS = 10;
export { MAX_PRODUCT_IMAGES };

export const isRequiredLocale = (l: Locale) => (REQUIRED_PRODUCT_LOCALES as readonly Locale[]).includes(l);

let serial = 0;
export const rowKey = () => `row-${++serial}`;

const TEXT_FIELDS = ['name', 'sellingPoints', 'descriptionHtml', 'keywords'] as const;

/** Every path an error can be shown under (the API's `details[].path`, without "body."/"product."). */
export const PRODUCT_FIELDS: readonly string[] = [
  'categoryId',
  'brandId',
  'modelNumber',
  'imageFileIds',
  'unit',
  'moq',
  'currency',
  'priceTiers',
  'leadTimeDays',
  'origin',
  'hsCode',
  'packaging',
  'weightKg',
  ...LOCALES.flatMap((l) => [
    ...TEXT_FIELDS.map((f) => `translations.${l}.${f}`),
    `translations.${l}.specs`,
    ...Array.from({ length: MAX_SPECS }, (_, i) => [
      `translations.${l}.specs.${i}.name`,
      `translations.${l}.specs.${i}.value`,
    ]).flat(),
  ]),
  ...Array.from({ length: MAX_TIERS }, (_, i) => [`priceTiers.${i}.minQuantity`, `priceTiers.${i}.unitPrice`]).flat(),
];

/** A validation path as a form field: the field itself, or its nearest listed parent ("imageFileIds.3"). */
export function fieldOfPath(path: string): string | undefined {
  const parts = path.replace(/^(body\.)?(product\.)?/, '').split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (PRODUCT_FIELDS.includes(candidate)) return candidate;
  }
  return undefined;
}

/** The language tab a path belongs to ("translations.ru.name" → ru). */
export function localeOfPath(path: string): Locale | undefined {
  const match = /^translations\.([^.]+)\./.exec(path);
  return LOCALES.find((l) => l === match?.[1]);
}

const emptyText = (): TextValues => ({ name: '', sellingPoints: '', descriptionHtml: '', keywords: '', specs: [] });

export function emptyProduct(): ProductValues {
  return {
    translations: { 'zh-CN': emptyText(), en: emptyText(), ru: emptyText(), es: emptyText() },
    categoryId: '',
    brandId: '',
    modelNumber: '',
    images: [],
    unit: 'piece',
    moq: '',
    currency: 'USD',
    priceTiers: [{ key: rowKey(), minQuantity: '', unitPrice: '' }],
    leadTimeDays: '',
    origin: '',
    hsCode: '',
    packaging: '',
    weightKg: '',
  };
}

export function toProductValues(product: SupplierProduct): ProductValues {
  const p = product.product;
  const text = (l: Locale): TextValues => {
    const t = p.translations[l];
    if (!t) return emptyText();
    return {
      name: t.name,
      sellingPoints: t.sellingPoints ?? '',
      descriptionHtml: t.descriptionHtml ?? '',
      keywords: t.keywords ?? '',
      specs: t.specs.map((s) => ({ key: rowKey(), ...s })),
    };
  };
  return {
    translations: { 'zh-CN': text('zh-CN'), en: text('en'), ru: text('ru'), es: text('es') },
    categoryId: p.categoryId,
    brandId: p.brandId,
    modelNumber: p.modelNumber ?? '',
    images: product.images,
    unit: p.unit,
    moq: String(p.moq),
    currency: p.currency,
    priceTiers: p.priceTiers.map((tier) => ({
      key: rowKey(),
      minQuantity: String(tier.minQuantity),
      unitPrice: tier.unitPrice,
    })),
    leadTimeDays: p.leadTimeDays !== undefined ? String(p.leadTimeDays) : '',
    origin: p.origin ?? '',
    hsCode: p.hsCode ?? '',
    packaging: p.packaging ?? '',
    weightKg: p.weightKg ?? '',
  };
}

/** An editor left with only empty blocks ("<p><br></p>") holds no description. */
export function hasText(html: string): boolean {
  return html.replace(/<[^>]*>|&nbsp;/g, '').trim().length > 0;
}

/** Whether a language has anything typed in (an optional language is sent only then). */
export function isTouched(text: TextValues): boolean {
  return Boolean(
    text.name.trim() ||
    text.sellingPoints.trim() ||
    text.keywords.trim() ||
    hasText(text.descriptionHtml) ||
    text.specs.some((s) => s.name.trim() || s.value.trim()),
  );
}

/** Whether a language is complete enough to be shown to buyers (it has a name). */
export const isFilled = (text: TextValues) => text.name.trim().length > 0;

/** A whole number as typed ("1 000", "１０") or the text itself, for the schema to refuse. */
function toInteger(value: string): number | string | undefined {
  const clean = value.normalize('NFKC').replace(/[\s,]/g, '');
  if (!clean) return undefined;
  const number = Number(clean);
  return Number.isFinite(number) ? number : clean;
}

const decimal = (value: string) => value.normalize('NFKC').replace(/\s/g, '').replace(',', '.');
const optional = (value: string) => value.trim() || undefined;

/**
 * The request body, unchecked: the shared schema (productInputSchema) checks it on the client
 * as on the server, so the messages match. Optional languages are sent only when touched.
 */
export function toProductInput(values: ProductValues): unknown {
  const text = (l: Locale) => {
    const t = values.translations[l];
    return {
      name: t.name,
      sellingPoints: optional(t.sellingPoints),
      descriptionHtml: hasText(t.descriptionHtml) ? t.descriptionHtml : undefined,
      keywords: optional(t.keywords),
      specs: t.specs.map((s) => ({ name: s.name, value: s.value })),
    };
  };
  const translations: Record<string, unknown> = {};
  for (const l of LOCALES) {
    if (isRequiredLocale(l) || isTouched(values.translations[l])) translations[l] = text(l);
  }
  return {
    translations,
    categoryId: values.categoryId,
    brandId: values.brandId,
    modelNumber: optional(values.modelNumber),
    imageFileIds: values.images.map((i) => i.id),
    unit: values.unit || undefined,
    moq: toInteger(values.moq),
    currency: values.currency,
    priceTiers: values.priceTiers.map((tier) => ({
      minQuantity: toInteger(tier.minQuantity),
      unitPrice: decimal(tier.unitPrice),
    })),
    leadTimeDays: toInteger(values.leadTimeDays),
    origin: optional(values.origin),
    hsCode: optional(values.hsCode.replace(/[\s.]/g, '')),
    packaging: optional(values.packaging),
    weightKg: optional(decimal(values.weightKg)),
  } satisfies Record<keyof ProductInput, unknown>;
}
