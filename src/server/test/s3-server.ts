import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface TestS3 {
  /** FILE_STORE for this server: s3://bucket/prefix?endpoint=…&region=… */
  url: (prefix?: string) => string;
  close(): Promise<void>;
}

/**
 * A real S3 API (s3rver, in-process) on a free port with one bucket, for the file-store suite
 * and the several-instances test. s3rver accepts any signature made with its fixed keys.
 */
export async function startTestS3(bucket = 'br-test'): Promise<TestS3> {
  process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
  const directory = await mkdtemp(path.join(tmpdir(), 'br-s3-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    url: (prefix = '') =>
      `s3://${bucket}/${prefix}?endpoint=${encodeURIComponent(`http://127.0.0.1:${port}`)}&region=us-east-1`,
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
