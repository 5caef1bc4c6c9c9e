import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';

/** The main picture and a row of thumbnails that choose it (buttons, so the keyboard works too). */
export function ProductGallery({ images, name }: { images: FileInfo[]; name: string }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0];
  if (!current) return <div className="gallery-main gallery-empty" aria-hidden="true" />;
  return (
    <div className="gallery" data-testid="gallery">
      <a href={current.url} target="_blank" rel="noopener" className="gallery-main">
        {/* Dimensions for the box's ratio before the picture arrives; it is the page's LCP element. */}
        <img
          src={current.url}
          alt={t('catalog.product.pictureOf', { number: index + 1, name })}
          width={600}
          height={600}
          fetchPriority="high"
        />
      </a>
      {images.length > 1 ? (
        <ul className="gallery-thumbs">
          {images.map((image, i) => (
            <li key={image.id}>
              <button
                type="button"
                className={i === index ? 'gallery-thumb is-current' : 'gallery-thumb'}
                aria-pressed={i === index}
                aria-label={t('catalog.product.showPicture', { number: i + 1 })}
                onClick={() => setIndex(i)}
              >
                <img src={image.thumbnailUrl ?? image.url} alt="" width={64} height={64} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
