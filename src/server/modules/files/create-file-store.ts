import path from 'node:path';
import { createLocalFileStore, type FileStore } from './file-store.js';
import { parseS3Url } from './s3-location.js';

/**
 * The store FILE_STORE names: unset → local disk under DATA_DIR/files (the default for one
 * machine); `s3://bucket?…` → an S3-compatible store shared by every instance. The AWS SDK is
 * loaded only then, so a one-machine start does not pay for it.
 */
export async function createFileStore(fileStoreUrl: string | undefined, dataDir: string): Promise<FileStore> {
  if (!fileStoreUrl) return createLocalFileStore(path.join(dataDir, 'files'));
  const { createS3FileStore } = await import('./s3-file-store.js');
  return createS3FileStore(parseS3Url(fileStoreUrl));
}

/** For the start-up banner: where files go, without credentials (FILE_STORE carries none). */
export function describeFileStore(fileStoreUrl: string | undefined, dataDir: string): string {
  if (!fileStoreUrl) return path.join(dataDir, 'files');
  const { bucket, prefix, endpoint } = parseS3Url(fileStoreUrl);
  return `s3://${bucket}/${prefix}${endpoint ? ` at ${endpoint}` : ''}`;
}
