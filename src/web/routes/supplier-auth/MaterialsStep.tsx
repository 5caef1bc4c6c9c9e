import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MATERIAL_TYPES,
  REQUIRED_MATERIALS,
  type Application,
  type MaterialType,
  type RejectionReason,
} from '../../../shared/schemas/suppliers.js';
import { ApiError } from '../../api/client.js';
import { FormAlert } from '../../components/forms/FormAlert.js';
import { DOCUMENT_ACCEPT } from '../../components/upload/accept.js';
import { FileCard } from '../../components/upload/FileCard.js';
import { UploadButton } from '../../components/upload/UploadButton.js';
import { ReviewRemark } from './remarks.js';

/** Types that may have several files; the others hold one, which "Replace" swaps. */
const SEVERAL: readonly MaterialType[] = ['quality_certificate', 'other'];

export interface MaterialsStepProps {
  materials: Application['materials'];
  add: (type: MaterialType, fileId: string) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
  remarks: Map<string, RejectionReason[]>;
  /** The types the server or "Next Step" found missing. */
  missing: readonly MaterialType[];
}

/** Step 2: the business licence (required) and the optional materials, each uploaded with progress. */
export function MaterialsStep({ materials, add, remove, remarks, missing }: MaterialsStepProps) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const errorText = (error: unknown) =>
    error instanceof ApiError ? t(`errors.${error.body.code}`, { defaultValue: t('errors.INTERNAL') }) : null;

  const onRemove = async (id: string) => {
    setRemoving(id);
    setProblem(null);
    try {
      await remove(id);
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <div className="materials-step">
      <p className="muted" id="materials-accepted">
        {t('supplierAuth.materials.accepted')}
      </p>
      {problem ? <FormAlert tone="error">{problem}</FormAlert> : null}
      {MATERIAL_TYPES.map((type) => {
        const files = materials.filter((m) => m.type === type);
        const required = REQUIRED_MATERIALS.includes(type);
        const several = SEVERAL.includes(type);
        const replaces = !several && files.length > 0;
        const isMissing = missing.includes(type);
        const headingId = `material-${type}`;
        return (
          <section
            key={type}
            className={isMissing ? 'material-slot field-invalid' : 'material-slot'}
            aria-labelledby={headingId}
            data-testid={`material-${type}`}
          >
            <h3 id={headingId}>
              {t(`supplier.materialTypes.${type}`)}{' '}
              <span className={required ? 'badge badge-required' : 'badge'}>
                {required ? t('supplierAuth.materials.required') : t('supplierAuth.materials.optional')}
              </span>
            </h3>
            {several ? <p className="field-hint">{t('supplierAuth.materials.several')}</p> : null}
            {files.map((m) => (
              <FileCard
                key={m.id}
                file={m.file}
                highlight={remarks.has(`material:${m.id}`)}
                removing={removing === m.id}
                onRemove={() => void onRemove(m.id)}
              >
                <ReviewRemark reasons={remarks.get(`material:${m.id}`)} />
              </FileCard>
            ))}
            {isMissing ? (
              <p className="field-error" data-testid="field-error">
                {t('validation.material_required', { type: t(`supplier.materialTypes.${type}`) })}
              </p>
            ) : null}
            <UploadButton
              label={replaces ? t('supplierAuth.materials.replace') : t('supplierAuth.materials.upload')}
              purpose="supplier_material"
              accept={DOCUMENT_ACCEPT}
              testId={`upload-${type}`}
              describedBy={`${headingId} materials-accepted`}
              onUploaded={async (file) => {
                await add(type, file.id);
                // "Replace": the new file is attached first, then the old one removed.
                if (replaces) for (const old of files) await remove(old.id);
              }}
              onError={errorText}
            />
          </section>
        );
      })}
    </div>
  );
}
