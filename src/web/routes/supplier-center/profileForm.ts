import { LOCALES, type Locale } from '../../../shared/locales.js';
import type {
  EMPLOYEE_RANGES,
  FileInfo,
  MARKET_REGIONS,
  SupplierProfile,
  SupplierProfileInput,
} from '../../../shared/schemas/suppliers.js';

export interface ProfileText {
  profile: string;
  mainProducts: string;
}

export interface ProfileValues {
  logo: FileInfo | null;
  photos: FileInfo[];
  yearEstablished: string;
  employeeRange: (typeof EMPLOYEE_RANGES)[number] | '';
  mainMarkets: (typeof MARKET_REGIONS)[number][];
  certifications: string[];
  contactEmail: string;
  contactPhone: string;
  website: string;
  translations: Record<Locale, ProfileText>;
}

/** Chinese and English are required; Russian and Spanish fall back to English until filled. */
export const REQUIRED_LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export const PROFILE_FIELDS = [
  'logoFileId',
  'photoFileIds',
  'yearEstablished',
  'employeeRange',
  'mainMarkets',
  'certifications',
  'contactEmail',
  'contactPhone',
  'website',
  ...LOCALES.flatMap((l) => [`translations.${l}.profile`, `translations.${l}.mainProducts`] as const),
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export function toProfileValues(profile: SupplierProfile): ProfileValues {
  const text = (l: Locale): ProfileText => ({
    profile: profile.translations[l]?.profile ?? '',
    mainProducts: profile.translations[l]?.mainProducts ?? '',
  });
  return {
    logo: profile.logo,
    photos: profile.photos,
    yearEstablished: profile.yearEstablished ? String(profile.yearEstablished) : '',
    employeeRange: profile.employeeRange ?? '',
    mainMarkets: profile.mainMarkets,
    certifications: profile.certifications,
    contactEmail: profile.contactEmail ?? '',
    contactPhone: profile.contactPhone ?? '',
    website: profile.website ?? '',
    translations: { 'zh-CN': text('zh-CN'), en: text('en'), ru: text('ru'), es: text('es') },
  };
}

const orNull = (value: string) => value.trim() || null;

export function toProfileInput(values: ProfileValues, version: number): SupplierProfileInput {
  const text = (l: Locale) => {
    const t = values.translations[l];
    return { profile: t.profile.trim(), ...(t.mainProducts.trim() ? { mainProducts: t.mainProducts.trim() } : {}) };
  };
  const optional = (l: Locale) => {
    const t = values.translations[l];
    return t.profile.trim() || t.mainProducts.trim() ? text(l) : undefined;
  };
  return {
    version,
    logoFileId: values.logo?.id ?? null,
    photoFileIds: values.photos.map((p) => p.id),
    yearEstablished: values.yearEstablished.trim() ? Number(values.yearEstablished) : null,
    employeeRange: values.employeeRange || null,
    mainMarkets: values.mainMarkets,
    certifications: values.certifications,
    contactEmail: orNull(values.contactEmail),
    contactPhone: orNull(values.contactPhone),
    website: orNull(values.website),
    translations: { 'zh-CN': text('zh-CN'), en: text('en'), ru: optional('ru'), es: optional('es') },
  };
}

/** The language tab an error path belongs to ("translations.ru.profile" → ru). */
export function localeOfField(path: string): Locale | undefined {
  const match = /^translations\.([^.]+)\./.exec(path);
  return LOCALES.find((l) => l === match?.[1]);
}
