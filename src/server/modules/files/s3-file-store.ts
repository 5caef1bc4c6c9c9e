import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { assertStorageKey, FileMissingError, type FileStore } from './file-store.js';
import type { S3Location } from './s3-location.js';

function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    (error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404))
  );
}

/**
 * Uploads and generated files in any S3-compatible store (AWS S3, MinIO, Cloudflare R2). The
 * credentials come from the SDK's usual chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY,
 * a profile, an instance role), never from FILE_STORE, so the URL can be logged.
 */
export function createS3FileStore(location: S3Location, client?: S3Client): FileStore & { client: S3Client } {
  const s3 =
    client ??
    new S3Client({
      region: location.region,
      endpoint: location.endpoint,
      forcePathStyle: location.forcePathStyle,
    });
  const objectKey = (key: string) => location.prefix + assertStorageKey(key);
  return {
    client: s3,
    async put(key, data) {
      await s3.send(
        new PutObjectCommand({
          Bucket: location.bucket,
          Key: objectKey(key),
          Body: data,
          ContentLength: data.length,
          ContentType: 'application/octet-stream',
        }),
      );
    },
    async get(key) {
      try {
        const answer = await s3.send(new GetObjectCommand({ Bucket: location.bucket, Key: objectKey(key) }));
        if (!answer.Body) throw new FileMissingError(key);
        return Buffer.from(await answer.Body.transformToByteArray());
      } catch (error) {
        if (isMissing(error)) throw new FileMissingError(key);
        throw error;
      }
    },
    async delete(key) {
      await s3.send(new DeleteObjectCommand({ Bucket: location.bucket, Key: objectKey(key) }));
    },
  };
}
