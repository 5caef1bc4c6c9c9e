import { LOCALES, type Locale } from '../../../shared/locales.js';
import type { PublicSupplier, SupplierProfile, SupplierProfileInput } from '../../../shared/schemas/suppliers.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { FilesService } from '../files/index.js';
import {
  findSupplierById,
  findSupplierByUser,
  listSupplierTranslations,
  replaceSupplierTranslations,
  updateSupplierProfile,
  type SupplierRow,
  type TranslationRow,
} from './supplier.repo.js';

/** The supplier center's corporate information and the public supplier page (guide 2.2). */
export function createProfileService(deps: {
  db: Db;
  clock: Clock;
  files: Pick<FilesService, 'ownFile' | 'describe'>;
}) {
  const { db } = deps;

  const translationsOf = (supplierId: string) => listSupplierTranslations(db, supplierId);

  const ownSupplier = async (userId: string): Promise<SupplierRow> => {
    const row = await findSupplierByUser(db, userId);
    if (!row) throw new AppError('SUPPLIER_NOT_APPROVED', 'Supplier authentication has not been approved');
    return row;
  };

  const toProfile = async (row: SupplierRow, texts: TranslationRow[]): Promise<SupplierProfile> => {
    const infos = await deps.files.describe([...(row.logoFileId ? [row.logoFileId] : []), ...row.photoFileIds]);
    const text = (locale: Locale) => {
      const t = texts.find((x) => x.locale === locale);
      return t ? { profile: t.profile, ...(t.mainProducts ? { mainProducts: t.mainProducts } : {}) } : null;
    };
    return {
      id: row.id,
      version: row.version,
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      country: row.country,
      approvedAt: row.approvedAt.toISOString(),
      logoFileId: row.logoFileId,
      logo: row.logoFileId ? (infos.get(row.logoFileId) ?? null) : null,
      photoFileIds: row.photoFileIds,
      photos: row.photoFileIds.flatMap((id) => infos.get(id) ?? []),
      yearEstablished: row.yearEstablished,
      employeeRange: row.employeeRange as SupplierProfile['employeeRange'],
      mainMarkets: row.mainMarkets as SupplierProfile['mainMarkets'],
      certifications: row.certifications,
      contactEmail: row.contactEmail,
      contactPhone: row.contactPhone,
      website: row.website,
      translations: { 'zh-CN': text('zh-CN'), en: text('en'), ru: text('ru'), es: text('es') },
    };
  };

  return {
    async mine(userId: string): Promise<SupplierProfile> {
      const row = await ownSupplier(userId);
      return toProfile(row, await translationsOf(row.id));
    },

    async update(userId: string, input: SupplierProfileInput): Promise<SupplierProfile> {
      const row = await ownSupplier(userId);
      if (input.logoFileId) await deps.files.ownFile(userId, input.logoFileId, 'company_logo');
      for (const id of input.photoFileIds) await deps.files.ownFile(userId, id, 'company_photo');
      const updated = await db.transaction(async (tx) => {
        const saved = await updateSupplierProfile(tx, row.id, input.version, {
          logoFileId: input.logoFileId,
          photoFileIds: input.photoFileIds,
          yearEstablished: input.yearEstablished,
          employeeRange: input.employeeRange,
          mainMarkets: input.mainMarkets,
          certifications: input.certifications,
          contactEmail: input.contactEmail,
          contactPhone: input.contactPhone,
          website: input.website,
          updatedAt: deps.clock.now(),
        });
        if (!saved) throw new AppError('VERSION_CONFLICT', 'The profile was changed in another window');
        const texts = LOCALES.flatMap((locale) => {
          const t = input.translations[locale];
          return t ? [{ locale, profile: t.profile, mainProducts: t.mainProducts ?? null }] : [];
        });
        await replaceSupplierTranslations(tx, row.id, texts);
        return saved;
      });
      return toProfile(updated, await translationsOf(row.id));
    },

    /** The public supplier page in the visitor's language; English when that one is missing. */
    async publicPage(id: string, locale: Locale): Promise<PublicSupplier> {
      const row = await findSupplierById(db, id);
      if (!row) throw notFound('Supplier');
      const profile = await toProfile(row, await translationsOf(row.id));
      const text = profile.translations[locale] ?? profile.translations.en;
      const contentLocale = profile.translations[locale] ? locale : profile.translations.en ? 'en' : null;
      return {
        id: row.id,
        name: locale === 'zh-CN' && row.nameZh ? row.nameZh : row.nameEn,
        nameZh: row.nameZh,
        nameEn: row.nameEn,
        country: row.country,
        approvedAt: profile.approvedAt,
        logo: profile.logo,
        photos: profile.photos,
        yearEstablished: profile.yearEstablished,
        employeeRange: profile.employeeRange,
        mainMarkets: profile.mainMarkets,
        certifications: profile.certifications,
        profile: text?.profile ?? null,
        mainProducts: text?.mainProducts ?? null,
        contentLocale,
        contactEmail: row.contactEmail,
        contactPhone: row.contactPhone,
        website: row.website,
      };
    },
  };
}
export type ProfileService = ReturnType<typeof createProfileService>;
