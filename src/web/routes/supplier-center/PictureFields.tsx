import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import { FileCard } from '../../components/upload/FileCard.js';
import { UploadButton } from '../../components/upload/UploadButton.js';

const IMAGE_ACCEPT = '.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp';
export const MAX_PHOTOS = 10;

/** The company logo (one picture, replaceable) and up to ten photos. */
export function PictureFields({
  logo,
  photos,
  onLogo,
  onPhotoAdded,
  onPhotoRemoved,
}: {
  logo: FileInfo | null;
  photos: FileInfo[];
  onLogo: (file: FileInfo | null) => void;
  onPhotoAdded: (file: FileInfo) => void;
  onPhotoRemoved: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="form-section" data-testid="logo-field">
        <legend>{t('supplierCenter.fields.logo')}</legend>
        <p className="field-hint" id="logo-hint">
          {t('supplierCenter.fields.imagesAccepted')}
        </p>
        {logo ? <FileCard file={logo} onRemove={() => onLogo(null)} /> : null}
        <UploadButton
          label={logo ? t('supplierAuth.materials.replace') : t('supplierAuth.materials.upload')}
          purpose="company_logo"
          accept={IMAGE_ACCEPT}
          testId="upload-logo"
          describedBy="logo-hint"
          onUploaded={(file) => onLogo(file)}
        />
      </fieldset>
      <fieldset className="form-section" data-testid="photos-field">
        <legend>{t('supplierCenter.fields.photos')}</legend>
        <p className="field-hint" id="photos-hint">
          {t('supplierCenter.fields.photosHint', { max: MAX_PHOTOS, used: photos.length })}
        </p>
        <div className="photo-grid">
          {photos.map((photo) => (
            <FileCard key={photo.id} file={photo} onRemove={() => onPhotoRemoved(photo.id)} />
          ))}
        </div>
        {photos.length < MAX_PHOTOS ? (
          <UploadButton
            label={t('supplierAuth.materials.upload')}
            purpose="company_photo"
            accept={IMAGE_ACCEPT}
            testId="upload-photo"
            describedBy="photos-hint"
            onUploaded={onPhotoAdded}
          />
        ) : null}
      </fieldset>
    </>
  );
}
