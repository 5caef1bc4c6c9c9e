/** The files module's public surface: what the app and other modules may use. */
export { registerFilesModule, type FilesModuleDeps } from './files.module.js';
export { createLocalFileStore, FileMissingError, type FileStore } from './file-store.js';
export { createFileStore, describeFileStore } from './create-file-store.js';
export { parseS3Url, type S3Location } from './s3-location.js';
export { contentDisposition, type FilePurpose } from './file-policy.js';
export { toFileInfo, type FileRow, type FilesService } from './files.service.js';
/** For foreign keys and the read models of docs/decisions/0009-module-boundaries.md. */
export { files } from './files.tables.js';
/** Every stored object, for the backup and the store migration. */
export { listStoredObjects } from './files.repo.js';
export { putVerified, readOrNull, sha256Hex } from './verified-put.js';
