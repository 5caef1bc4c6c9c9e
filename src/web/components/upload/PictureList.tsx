import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import type { UploadPurpose } from '../../api/upload.js';
import { IMAGE_ACCEPT } from './accept.js';
import { FileCard } from './FileCard.js';
import { UploadButton } from './UploadButton.js';

/** Moves the item at `from` to `to`, shifting the ones between. */
function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * Up to `max` pictures (a product's, a company's photos), uploaded one by one with their
 * progress, shown in their order. The order changes by dragging (HTML5 drag and drop) or with
 * the up/down buttons (keyboard).
 */
export function PictureList({
  legend,
  hint,
  uploadLabel,
  purpose,
  max,
  firstLabel,
  testId,
  uploadTestId,
  images,
  onChange,
  onAdd,
  error,
}: {
  legend: string;
  /** How many may be added and which types, for instance. */
  hint: string;
  uploadLabel: string;
  purpose: UploadPurpose;
  max: number;
  /** Shown on the first picture when it is special ("Main picture"). */
  firstLabel?: string;
  testId: string;
  uploadTestId: string;
  images: FileInfo[];
  /** A new order, or one picture fewer. */
  onChange: (images: FileInfo[]) => void;
  /** An upload finished (added to the latest list, which may have changed meanwhile). */
  onAdd: (image: FileInfo) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
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
    <fieldset className={error ? 'form-section field-invalid' : 'form-section'} data-testid={testId}>
      <legend>{legend}</legend>
      <p className="field-hint" id={hintId}>
        {hint}
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
                {i === 0 && firstLabel ? <span className="badge badge-approved">{firstLabel}</span> : null}
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
      {images.length < max ? (
        <UploadButton
          label={uploadLabel}
          purpose={purpose}
          accept={IMAGE_ACCEPT}
          testId={uploadTestId}
          describedBy={hintId}
          onUploaded={onAdd}
        />
      ) : null}
    </fieldset>
  );
}
