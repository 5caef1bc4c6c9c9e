import type { Brand, BrandInput } from '../../../shared/schemas/brands.js';
import type { FilesService } from '../files/index.js';
import type { brands } from './brands.tables.js';

export type BrandRow = typeof brands.$inferSelect;

/** The day a brand stops being valid: the earlier of its trademark and its authorization. */
export function validUntilOf(
  input: Pick<BrandInput, 'kind' | 'trademarkValidUntil' | 'authorizationEnd'>,
): string | null {
  const dates = [input.trademarkValidUntil, input.kind === 'agency' ? input.authorizationEnd : undefined].filter(
    (d): d is string => Boolean(d),
  );
  return dates.length ? dates.sort()[0]! : null;
}

/** Columns written from the supplier's form (agency-only facts cleared for a private brand). */
export function brandColumns(input: BrandInput) {
  const agency = input.kind === 'agency';
  return {
    kind: input.kind,
    nameZh: input.nameZh || null,
    nameEn: input.nameEn || null,
    logoFileId: input.logoFileId ?? null,
    trademarkNumber: input.trademarkNumber,
    trademarkCountry: input.trademarkCountry,
    niceClasses: [...new Set(input.niceClasses)].sort((a, b) => a - b),
    certificateKind: input.certificateKind,
    certificateFileId: input.certificateFileId,
    trademarkValidUntil: input.trademarkValidUntil ?? null,
    brandOwner: agency ? (input.brandOwner ?? null) : null,
    authorizationFileId: agency ? (input.authorizationFileId ?? null) : null,
    authorizationLevel: agency ? (input.authorizationLevel ?? null) : null,
    authorizationChain:
      agency && input.authorizationLevel === 'sub_authorized' ? (input.authorizationChain ?? null) : null,
    territory: agency ? (input.territory ?? null) : null,
    authorizationStart: agency ? (input.authorizationStart ?? null) : null,
    authorizationEnd: agency ? (input.authorizationEnd ?? null) : null,
    validUntil: validUntilOf(input),
  };
}

/** The brands as the API shows them, their files described by the files module. */
export async function toBrandViews(files: Pick<FilesService, 'describe'>, rows: BrandRow[]): Promise<Brand[]> {
  const ids = rows.flatMap((r) =>
    [r.logoFileId, r.certificateFileId, r.authorizationFileId].filter((x): x is string => Boolean(x)),
  );
  const info = await files.describe(ids);
  return rows.map((r) => ({
    id: r.id,
    supplierId: r.supplierId,
    kind: r.kind as Brand['kind'],
    status: r.status as Brand['status'],
    version: r.version,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    logo: r.logoFileId ? (info.get(r.logoFileId) ?? null) : null,
    trademarkNumber: r.trademarkNumber,
    trademarkCountry: r.trademarkCountry,
    niceClasses: r.niceClasses,
    certificateKind: r.certificateKind as Brand['certificateKind'],
    certificate: info.get(r.certificateFileId)!,
    trademarkValidUntil: r.trademarkValidUntil,
    brandOwner: r.brandOwner,
    authorization: r.authorizationFileId ? (info.get(r.authorizationFileId) ?? null) : null,
    authorizationLevel: r.authorizationLevel as Brand['authorizationLevel'],
    authorizationChain: r.authorizationChain,
    territory: r.territory,
    authorizationStart: r.authorizationStart,
    authorizationEnd: r.authorizationEnd,
    validUntil: r.validUntil,
    submittedAt: r.submittedAt.toISOString(),
    dueAt: r.dueAt?.toISOString() ?? null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    rejection: r.status === 'rejected' ? { reasons: r.rejectionReasons ?? [], note: r.rejectionNote } : null,
    expiredAt: r.expiredAt?.toISOString() ?? null,
  }));
}

/** "Acme / 艾克米" for emails and lists. */
export const brandDisplayName = (r: Pick<BrandRow, 'nameEn' | 'nameZh'>) =>
  [r.nameEn, r.nameZh].filter(Boolean).join(' / ');
