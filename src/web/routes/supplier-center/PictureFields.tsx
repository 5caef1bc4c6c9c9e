import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import { IMAGE_ACCEPT } from '../../components/upload/accept.js';
import { FileCard } from '../../components/upload/FileCard.js';
import { PictureList } from '../../components/upload/PictureList.js';
import { UploadButton } from '../../components/upload/UploadButton.js';

export const MAX_PHOTOS = 10;

/** The company logo (one picture, replaceable) and up to ten photos, in the order the public page shows them. */
export function PictureFields({
  logo,
  photos,
  onLogo,
  onPhotos,
  onPhotoAdded,
}: {
  logo: FileInfo | null;
  photos: FileInfo[];
  onLogo: (file: FileInfo | null) => void;
  /** A new order, or one photo fewer. */
  onPhotos: (photos: FileInfo[]) => void;
  /** An upload finished (added to the latest list, which may have changed meanwhile). */
  onPhotoAdded: (file: FileInfo) => void;
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
      <PictureList
        legend={t('supplierCenter.fields.photos')}
        hint={t('supplierCenter.fields.photosHint', { max: MAX_PHOTOS, used: photos.length })}
        uploadLabel={t('supplierAuth.materials.upload')}
        purpose="company_photo"
        max={MAX_PHOTOS}
        testId="photos-field"
        uploadTestId="upload-photo"
        images={photos}
        onChange={onPhotos}
        onAdd={onPhotoAdded}
      />
    </>
  );
}
