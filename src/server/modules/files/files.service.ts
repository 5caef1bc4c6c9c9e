import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { FileInfo } from '../../../shared/schemas/suppliers.js';
import type { Db } from '../../db/client.js';
import { hasStaffRole, type RequestUser } from '../../platform/access.js';
import { sha256Bytes } from '../../platform/crypto.js';
import { AppError, notFound } from '../../platform/errors.js';
import {
  cleanFileName,
  EXTENSIONS,
  extensionOf,
  FILE_PURPOSES,
  IMAGE_TYPES,
  imageCarriesOtherContent,
  MAX_IMAGE_PIXELS,
  pdfHasActiveContent,
  type FilePurpose,
} from './file-policy.js';
import type { FileStore } from './file-store.js';
import { isOfd, OFD_TYPE } from './ofd.js';
import { findFileById, findFilesByIds, insertFile, type FileRow } from './files.repo.js';

export type { FileRow };

const refused = (code: string, params?: Record<string, string | number>) =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', 'This file is not accepted', [{ path: 'file', code, params }]);

export function toFileInfo(
  row: Pick<FileRow, 'id' | 'originalName' | 'contentType' | 'size' | 'thumbnailKey'>,
): FileInfo {
  return {
    id: row.id,
    name: row.originalName,
    contentType: row.contentType,
    size: row.size,
    url: `/api/files/${row.id}`,
    thumbnailUrl: row.thumbnailKey ? `/api/files/${row.id}/thumbnail` : null,
  };
}

/** Re-encodes an image: applies EXIF orientation, then drops all metadata (GPS, camera…). */
async function sanitizeImage(data: Buffer, type: string) {
  const image = sharp(data, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS }).rotate();
  const format = type === 'image/png' ? 'png' : type === 'image/webp' ? 'webp' : 'jpeg';
  const clean = await image.toFormat(format).toBuffer({ resolveWithObject: true });
  const thumbnail = await sharp(clean.data)
    .resize(320, 320, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
  return { data: clean.data, width: clean.info.width, height: clean.info.height, thumbnail };
}

/** Uploads checked by content (magic bytes), stored under generated keys, served with care. */
export function createFilesService(deps: { db: Db; store: FileStore; maxBytes: number }) {
  const { db, store } = deps;

  return {
    async upload(owner: { id: string }, purpose: FilePurpose, originalName: string, data: Buffer): Promise<FileInfo> {
      const name = cleanFileName(originalName);
      if (data.length === 0) throw refused('file_empty');
      if (data.length > deps.maxBytes) {
        throw new AppError('PAYLOAD_TOO_LARGE', 'The file is too large', [
          { path: 'file', code: 'file_too_large', params: { maxBytes: deps.maxBytes } },
        ]);
      }
      const sniffed = await fileTypeFromBuffer(data);
      // An OFD is a ZIP to file-type; only a strictly shaped one with OFD.xml at its root is OFD.
      const detected = sniffed?.mime === 'application/zip' && isOfd(data) ? { mime: OFD_TYPE } : sniffed;
      const policy = FILE_PURPOSES[purpose];
      const allowed: readonly string[] = policy.types;
      if (!detected || !allowed.includes(detected.mime)) {
        throw refused('file_type_not_allowed', { allowed: allowed.map((t) => EXTENSIONS[t]?.[0] ?? t).join(', ') });
      }
      const extension = extensionOf(name);
      if (extension && !EXTENSIONS[detected.mime]?.includes(extension)) throw refused('file_name_mismatch');
      if (detected.mime === 'application/pdf' && pdfHasActiveContent(data)) throw refused('file_active_content');

      let stored = data;
      let width: number | null = null;
      let height: number | null = null;
      let thumbnail: Buffer | undefined;
      if (IMAGE_TYPES.has(detected.mime)) {
        if (imageCarriesOtherContent(data, detected.mime)) throw refused('file_hidden_content');
        const { width: declaredWidth = 0, height: declaredHeight = 0 } = await sharp(data)
          .metadata()
          .catch(() => ({ width: 0, height: 0 }));
        if (declaredWidth * declaredHeight > MAX_IMAGE_PIXELS) {
          throw refused('file_too_many_pixels', { maxMegapixels: MAX_IMAGE_PIXELS / 1_000_000 });
        }
        try {
          const clean = await sanitizeImage(data, detected.mime);
          ({ width, height, thumbnail } = clean);
          stored = clean.data;
        } catch {
          throw refused('file_corrupt');
        }
      }
      const id = randomUUID();
      const storageKey = `${id}-${randomUUID().slice(0, 8)}`;
      const thumbnailKey = thumbnail ? `${storageKey}-thumb` : null;
      await store.put(storageKey, stored);
      if (thumbnail && thumbnailKey) await store.put(thumbnailKey, thumbnail);
      const row = await insertFile(db, {
        id,
        ownerId: owner.id,
        purpose,
        visibility: policy.visibility,
        storageKey,
        thumbnailKey,
        originalName: name,
        contentType: detected.mime,
        size: stored.length,
        sha256: sha256Bytes(stored),
        width,
        height,
      });
      return toFileInfo(row);
    },

    /** The file if `user` may read it; otherwise 404, so private files are not even confirmed to exist. */
    async readable(id: string, user: RequestUser | undefined): Promise<FileRow> {
      const row = await findFileById(db, id);
      if (!row) throw notFound('File');
      const allowed = row.visibility === 'public' || (user && (user.id === row.ownerId || hasStaffRole(user.roles)));
      if (!allowed) throw notFound('File');
      return row;
    },

    content: (row: FileRow, variant: 'original' | 'thumbnail') =>
      store.get(variant === 'thumbnail' && row.thumbnailKey ? row.thumbnailKey : row.storageKey),

    /**
     * A file attached to a record of another module, with its bytes, for that module's own download
     * route: the caller's module has already decided who may read the record (the invoices module:
     * the order's two parties and staff), so no owner check here.
     */
    async attached(id: string): Promise<{ row: FileRow; data: Buffer }> {
      const row = await findFileById(db, id);
      if (!row) throw notFound('File');
      return { row, data: await store.get(row.storageKey) };
    },

    /** A file the user uploaded for this purpose (used when attaching it to a record). */
    async ownFile(userId: string, id: string, purpose: FilePurpose): Promise<FileRow> {
      const row = await findFileById(db, id);
      if (!row || row.ownerId !== userId) throw notFound('File');
      if (row.purpose !== purpose)
        throw new AppError('VALIDATION_FAILED', 'Wrong kind of file', [{ path: 'fileId', code: 'file_wrong_purpose' }]);
      return row;
    },

    /** What a page shows of each file (name, size, links), by id; ids with no file are left out. */
    async describe(ids: readonly string[]): Promise<Map<string, FileInfo>> {
      const rows = await findFilesByIds(db, ids);
      return new Map(rows.map((row) => [row.id, toFileInfo(row)]));
    },

    /** The SHA-256 of each file's stored bytes, by id (what a submission's snapshot records). */
    async checksums(ids: readonly string[]): Promise<Map<string, string>> {
      const rows = await findFilesByIds(db, ids);
      return new Map(rows.map((row) => [row.id, row.sha256]));
    },
  };
}
export type FilesService = ReturnType<typeof createFilesService>;
