import { useTranslation } from 'react-i18next';
import { MATERIAL_TYPES, type Application, type CompanyDraft } from '../../../shared/schemas/suppliers.js';
import { CompanyFacts } from '../../components/suppliers/CompanyFacts.js';
import { FileCard } from '../../components/upload/FileCard.js';

/** The materials grouped by type, read-only. */
export function MaterialList({ materials }: { materials: Application['materials'] }) {
  const { t } = useTranslation();
  const groups = MATERIAL_TYPES.map((type) => ({ type, files: materials.filter((m) => m.type === type) })).filter(
    (g) => g.files.length > 0,
  );
  if (!groups.length) return <p className="muted">{t('supplierAuth.materials.none')}</p>;
  return (
    <div className="material-list">
      {groups.map((g) => (
        <div key={g.type} className="material-group">
          <h4>{t(`supplier.materialTypes.${g.type}`)}</h4>
          {g.files.map((m) => (
            <FileCard key={m.id} file={m.file} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** Step 3: everything read-only, to check before "Submit". */
export function ConfirmStep({ company, materials }: { company: CompanyDraft; materials: Application['materials'] }) {
  const { t } = useTranslation();
  return (
    <div className="confirm-step" data-testid="confirm-step">
      <p className="lead">{t('supplierAuth.confirm.lead')}</p>
      <h3>{t('supplierAuth.steps.company')}</h3>
      <CompanyFacts company={company} />
      <h3>{t('supplierAuth.steps.materials')}</h3>
      <MaterialList materials={materials} />
    </div>
  );
}
