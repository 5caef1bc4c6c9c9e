import { createHash } from 'node:crypto';
import { FileMissingError, type FileStore } from './file-store.js';

export const sha256Hex = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** The object's bytes, or null when the store does not have it (any other failure is thrown). */
export async function readOrNull(store: FileStore, key: string): Promise<Buffer | null> {
  try {
    return await store.get(key);
  } catch (error) {
    if (error instanceof FileMissingError) return null;
    throw error;
  }
}

/**
 * Puts `data` (whose SHA-256 is `hash`) under `key` and reads it back: 'already-there' when the
 * store held the same bytes (nothing written), 'written' when the copy reads back the same, else
 * 'read-back-differs'. What the store held with other bytes is replaced. Used by the file-store
 * migration and the backup's restore, which both must prove every copy.
 */
export async function putVerified(
  store: FileStore,
  key: string,
  data: Buffer,
  hash: string,
): Promise<'written' | 'already-there' | 'read-back-differs'> {
  const existing = await readOrNull(store, key);
  if (existing && sha256Hex(existing) === hash) return 'already-there';
  if (existing) await store.delete(key);
  await store.put(key, data);
  const back = await readOrNull(store, key);
  return back && sha256Hex(back) === hash ? 'written' : 'read-back-differs';
}
