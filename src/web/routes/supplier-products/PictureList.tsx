import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import { FileCard } from '../../components/upload/FileCard.js';
import { UploadButton } from '../../components/upload/UploadButton.js';
import { MAX_PRODUCT_IMAGES } from './productForm.js';

const IMAGE_ACCEPT = '.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp';

/** Moves the item at `from` to `to`, shifting the ones between. */
function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * Up to ten pictures, uploaded one by one with their progress. The first is the main picture.
 * The order changes by dragging (HTML5 drag and drop) or with the up/down buttons (keyboard).
 */
export function PictureList({
  images,
  onChange,
  onAdd,
  error,
}: {
  images: FileInfo[];
  /** A new order, or one picture fewer. */
  onChange: (images: FileInfo[]) => void;
  /** An upload finished (added to the latest list, which may have changed meanwhile). */
  onAdd: (image: FileInfo) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const reorder = (from: number, to: number) => {
    const file = images[from];
    if (!file || to < 0 || to >= images.length || from === to) return;
    onChange(move(images, from, to));
    setAnnouncement(t('products.pictures.moved', { name: file.name, number: to + 1 }));
  };

  const onDrop = (event: DragEvent, to: number) => {
    event.preventDefault();
    if (dragged !== null) reorder(dragged, to);
    setDragged(null);
  };

  return (
    <fieldset className={error ? 'form-section field-invalid' : 'form-section'} data-testid="pictures-field">
      <legend>{t('products.fields.pictures')}</legend>
      <p className="field-hint" id="pictures-hint">
        {t('products.pictures.hint', { max: MAX_PRODUCT_IMAGES, used: images.length })}
      </p>
      {images.length ? (
        <ol className="picture-list" data-testid="picture-list">
          {images.map((image, i) => (
            <li
              key={image.id}
              draggable
              className={dragged === i ? 'picture-item is-dragged' : 'picture-item'}
              data-testid="picture-item"
              onDragStart={(event) => {
                setDragged(i);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', image.id);
              }}
              onDragOver={(event) => {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
              }}
              onDrop={(event) => onDrop(event, i)}
              onDragEnd={() => setDragged(null)}
            >
              <FileCard file={image} onRemove={() => onChange(images.filter((_, j) => j !== i))} testId="picture-card">
                {i === 0 ? <span className="badge badge-approved">{t('products.pictures.main')}</span> : null}
                <span className="picture-moves">
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    disabled={i === 0}
                    aria-label={t('products.pictures.moveUp', { name: image.name })}
                    onClick={() => reorder(i, i - 1)}
                  >
                    {'↑'}
                  </button>
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    disabled={i === images.length - 1}
                    aria-label={t('products.pictures.moveDown', { name: image.name })}
                    onClick={() => reorder(i, i + 1)}
                  >
                    {'↓'}
                  </button>
                </span>
              </FileCard>
            </li>
          ))}
        </ol>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {error ? (
        <p className="field-error" data-testid="field-error">
          {error}
        </p>
      ) : null}
      {images.length < MAX_PRODUCT_IMAGES ? (
        <UploadButton
          label={t('products.pictures.upload')}
          purpose="product_image"
          accept={IMAGE_ACCEPT}
          testId="upload-picture"
          describedBy="pictures-hint"
          onUploaded={onAdd}
        />
      ) : null}
    </fieldset>
  );
}
