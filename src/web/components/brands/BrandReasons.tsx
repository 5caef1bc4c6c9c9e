import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandReason } from '../../api/brands.js';

/** A reason's target as people read it: "general" or "brand.<field>". */
export function useBrandTargetLabel() {
  const { t } = useTranslation();
  return useCallback(
    (target: string) =>
      target === 'general'
        ? t('brands.targets.general')
        : t(`brands.fields.${target.replace(/^brand\./, '')}`, { defaultValue: target }),
    [t],
  );
}

/** The reviewer's reasons, each with what it concerns, and the overall note. */
export function BrandReasons({
  reasons,
  note,
  only,
}: {
  reasons: readonly BrandReason[];
  note?: string | null;
  /** Show only these targets (e.g. the general ones above a form whose fields carry the rest). */
  only?: (target: string) => boolean;
}) {
  const { t } = useTranslation();
  const targetLabel = useBrandTargetLabel();
  const shown = only ? reasons.filter((r) => only(r.target)) : reasons;
  return (
    <>
      {shown.length ? (
        <ul className="brand-reasons" data-testid="brand-reasons">
          {shown.map((r, i) => (
            <li key={i}>
              {t('brands.reasonLine', {
                target: targetLabel(r.target),
                reason: t(`supplier.rejectionCodes.${r.code}`),
              })}
              {r.note ? ` — ${r.note}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {note ? (
        <p data-testid="staff-note">
          <strong>{t('supplierAuth.rejected.staffNote')}</strong> {note}
        </p>
      ) : null}
    </>
  );
}
