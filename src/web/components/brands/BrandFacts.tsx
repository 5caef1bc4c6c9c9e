import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Brand } from '../../../shared/schemas/brands.js';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import { useFormat } from '../../hooks/useFormat.js';
import { useLocale } from '../../hooks/useLocale.js';
import { regionName } from '../../lib/regions.js';
import type { BrandField } from '../../routes/brands/brandForm.js';
import { FilePreview } from '../upload/FilePreview.js';

/** What the facts show: a saved brand, or the form's values on the confirmation step. */
export type BrandFactsData = Pick<
  Brand,
  | 'kind'
  | 'nameZh'
  | 'nameEn'
  | 'logo'
  | 'trademarkNumber'
  | 'trademarkCountry'
  | 'niceClasses'
  | 'certificateKind'
  | 'trademarkValidUntil'
  | 'brandOwner'
  | 'authorization'
  | 'authorizationLevel'
  | 'authorizationChain'
  | 'territory'
  | 'authorizationStart'
  | 'authorizationEnd'
> & { certificate: FileInfo | null };

/** "Acme / 艾克米": both names, as the supplier entered them. */
export const brandName = (b: { nameZh: string | null; nameEn: string | null }) =>
  [b.nameZh, b.nameEn].filter(Boolean).join(' / ');

/** A calendar day ("2027-03-31") in the page's language; no time zone shift. */
export function useDayFormat() {
  const format = useFormat();
  return (day: string) => format.date(`${day}T00:00:00Z`, 'UTC');
}

/** The brand read-only: facts, then the logo, certificate and authorization as previews. */
export function BrandFacts({
  brand,
  extra,
  flagged,
}: {
  brand: BrandFactsData;
  /** Something to show with a field (a reviewer's remark). */
  extra?: (field: BrandField) => ReactNode;
  flagged?: (field: BrandField) => boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const day = useDayFormat();
  const agency = brand.kind === 'agency';
  const facts: [BrandField, ReactNode][] = [
    ['nameZh', brand.nameZh ? <span lang="zh-CN">{brand.nameZh}</span> : null],
    ['nameEn', brand.nameEn],
    ['trademarkNumber', brand.trademarkNumber ? <span className="mono">{brand.trademarkNumber}</span> : null],
    ['trademarkCountry', brand.trademarkCountry ? regionName(locale, brand.trademarkCountry) : null],
    ['niceClasses', brand.niceClasses.length ? brand.niceClasses.join(', ') : null],
    ['certificateKind', t(`brands.certificateKinds.${brand.certificateKind}`)],
    ['trademarkValidUntil', brand.trademarkValidUntil ? day(brand.trademarkValidUntil) : null],
  ];
  if (agency) {
    facts.push(
      ['brandOwner', brand.brandOwner],
      [
        'authorizationLevel',
        brand.authorizationLevel ? t(`brands.authorizationLevels.${brand.authorizationLevel}`) : null,
      ],
    );
    if (brand.authorizationLevel === 'sub_authorized') facts.push(['authorizationChain', brand.authorizationChain]);
    facts.push(
      ['territory', brand.territory],
      ['authorizationStart', brand.authorizationStart ? day(brand.authorizationStart) : null],
      ['authorizationEnd', brand.authorizationEnd ? day(brand.authorizationEnd) : null],
    );
  }
  const files: [BrandField, FileInfo | null][] = [
    ['logoFileId', brand.logo],
    ['certificateFileId', brand.certificate],
    ...(agency ? ([['authorizationFileId', brand.authorization]] as [BrandField, FileInfo | null][]) : []),
  ];
  return (
    <div className="brand-facts">
      <dl className="company-facts" data-testid="brand-facts">
        {facts.map(([field, value]) => (
          <div key={field} className={flagged?.(field) ? 'is-flagged' : undefined} data-testid={`fact-${field}`}>
            <dt>{t(`brands.fields.${field}`)}</dt>
            <dd>{value || <span className="muted">{t('supplierAuth.notProvided')}</span>}</dd>
            {extra?.(field)}
          </div>
        ))}
      </dl>
      <div className="material-previews">
        {files.map(([field, file]) =>
          file ? (
            <FilePreview
              key={field}
              file={file}
              label={t(`brands.fields.${field}`)}
              highlight={flagged?.(field) ? 'flagged' : undefined}
              testId={`file-${field}`}
            >
              {extra?.(field)}
            </FilePreview>
          ) : (
            <div key={field} className="material-preview missing-file" data-testid={`file-${field}`}>
              <strong>{t(`brands.fields.${field}`)}</strong>
              <span className="muted">{t('supplierAuth.notProvided')}</span>
              {extra?.(field)}
            </div>
          ),
        )}
      </div>
    </div>
  );
}
