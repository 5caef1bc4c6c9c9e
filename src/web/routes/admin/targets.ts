import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../shared/schemas/suppliers.js';
import { COMPANY_FIELDS } from '../../../shared/company-fields.js';
import { isHidden } from '../supplier-auth/companyForm.js';

/** What a rejection reason may point at: the whole application, a company field or a material. */
export function useRejectionTargets(application: Application) {
  const { t } = useTranslation();
  return useMemo(
    () => [
      { value: 'general', label: t('supplier.targets.general') },
      ...COMPANY_FIELDS.filter((f) => !isHidden(f, application.company.country ?? '')).map((f) => ({
        value: `company.${f}`,
        label: t(`supplier.fields.${f}`),
      })),
      ...application.materials.map((m) => ({
        value: `material:${m.id}`,
        label: `${t(`supplier.materialTypes.${m.type}`)} — ${m.file.name}`,
      })),
    ],
    [t, application],
  );
}

/** A reason's target as a person reads it (materials no longer attached read by their id). */
export function useTargetLabel(application: Application) {
  const targets = useRejectionTargets(application);
  const { t } = useTranslation();
  return useCallback(
    (target: string) => {
      const known = targets.find((x) => x.value === target)?.label;
      if (known) return known;
      if (target.startsWith('company.')) return t(`supplier.fields.${target.slice(8)}`);
      return t('supplier.targets.removedMaterial');
    },
    [targets, t],
  );
}
