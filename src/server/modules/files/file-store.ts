import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where file bytes live. Local disk by default; an S3-compatible store can implement the same. */
export interface FileStore {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

/** Keys are generated ([a-z0-9-]); anything else is refused so no path can escape the root. */
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{7,80}$/;

/** Files under DATA_DIR/files (outside any web root), fanned out by the key's first characters. */
export function createLocalFileStore(root: string): FileStore {
  const resolve = (key: string) => {
    if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key ${key}`);
    return path.join(root, key.slice(0, 2), key.slice(2, 4), key);
  };
  return {
    async put(key, data) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data, { flag: 'wx' });
    },
    get: (key) => readFile(resolve(key)),
    delete: (key) => rm(resolve(key), { force: true }),
  };
}
