import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where file bytes live: local disk by default, an S3-compatible store with FILE_STORE=s3://…
 * (s3-file-store.ts). Both pass the same test suite (file-store.test.ts).
 */
export interface FileStore {
  /** Stores bytes under a new key (keys are generated and never reused). */
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes; FileMissingError when the key holds nothing. */
  get(key: string): Promise<Buffer>;
  /** Removes the key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export class FileMissingError extends Error {
  constructor(key: string) {
    super(`No stored file under ${key}`);
    this.name = 'FileMissingError';
  }
}

/** Keys are generated ([a-z0-9-]); anything else is refused so no path can escape the root. */
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{7,80}$/;

export function assertStorageKey(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key ${key}`);
  return key;
}

/** Files under DATA_DIR/files (outside any web root), fanned out by the key's first characters. */
export function createLocalFileStore(root: string): FileStore {
  const resolve = (key: string) => path.join(root, key.slice(0, 2), key.slice(2, 4), assertStorageKey(key));
  return {
    async put(key, data) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data, { flag: 'wx' });
    },
    async get(key) {
      try {
        return await readFile(resolve(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileMissingError(key);
        throw error;
      }
    },
    delete: (key) => rm(resolve(key), { force: true }),
  };
}
