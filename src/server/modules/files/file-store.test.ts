import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3, type TestS3 } from '../../test/s3-server.js';
import { createFileStore } from './create-file-store.js';
import { FileMissingError, type FileStore } from './file-store.js';
import { parseS3Url } from './s3-location.js';

const newKey = () => `${randomUUID()}-${randomUUID().slice(0, 8)}`;
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** One suite, both stores: whatever passes here, the files module may rely on. */
function fileStoreContract(name: string, open: () => Promise<{ store: FileStore; close(): Promise<void> }>) {
  describe(`${name} file store`, () => {
    let store: FileStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await open());
    });
    afterAll(async () => close());

    it('gives back exactly the bytes it was given (binary, empty and 2 MB)', async () => {
      for (const data of [Buffer.from([0, 255, 10, 13, 0]), Buffer.alloc(0), randomBytes(2 * 1024 * 1024)]) {
        const key = newKey();
        await store.put(key, data);
        expect(sha(await store.get(key))).toBe(sha(data));
      }
    });

    it('says a missing key is missing, with its own error', async () => {
      await expect(store.get(newKey())).rejects.toBeInstanceOf(FileMissingError);
    });

    it('deletes, and deleting again or a key never written is no error', async () => {
      const key = newKey();
      await store.put(key, Buffer.from('bye'));
      await store.delete(key);
      await expect(store.get(key)).rejects.toBeInstanceOf(FileMissingError);
      await expect(store.delete(key)).resolves.toBeUndefined();
      await expect(store.delete(newKey())).resolves.toBeUndefined();
    });

    it('refuses keys that could name another place (traversal, slashes, upper case)', async () => {
      for (const key of ['../../etc/passwd', 'a/b/c-12345678', 'ABCDEFGH-1234', '', 'short']) {
        await expect(store.put(key, Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
        await expect(store.get(key)).rejects.toThrow(/Invalid storage key/);
      }
    });

    it('keeps concurrent writes of different keys apart', async () => {
      const items = Array.from({ length: 20 }, () => ({ key: newKey(), data: randomBytes(10_000) }));
      await Promise.all(items.map((i) => store.put(i.key, i.data)));
      const back = await Promise.all(items.map((i) => store.get(i.key)));
      back.forEach((data, n) => expect(sha(data)).toBe(sha(items[n]!.data)));
    });
  });
}

fileStoreContract('local', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'br-files-'));
  return { store: await createFileStore(undefined, dir), close: () => rm(dir, { recursive: true, force: true }) };
});

let s3: TestS3 | undefined;
fileStoreContract('S3 (s3rver)', async () => {
  s3 = await startTestS3();
  return { store: await createFileStore(s3.url('site-a/'), '/nonexistent'), close: async () => s3?.close() };
});

describe('FILE_STORE URLs', () => {
  it('reads bucket, prefix, endpoint, region and path style', () => {
    expect(parseS3Url('s3://uploads/br/?endpoint=http%3A%2F%2F127.0.0.1%3A9000&region=eu-central-1')).toEqual({
      bucket: 'uploads',
      prefix: 'br/',
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-central-1',
      forcePathStyle: true,
    });
    expect(parseS3Url('s3://my-bucket?region=ap-east-1')).toMatchObject({
      bucket: 'my-bucket',
      prefix: '',
      endpoint: undefined,
      forcePathStyle: false,
    });
  });

  it('refuses what is not an S3 location, with the reason', () => {
    expect(() => parseS3Url('https://bucket')).toThrow(/s3:\/\//);
    expect(() => parseS3Url('s3://Bad_Bucket')).toThrow(/bucket/);
    expect(() => parseS3Url('s3://bucket?endpoint=javascript:alert(1)')).toThrow(/endpoint/);
    expect(() => parseS3Url('s3://bucket/a b/')).toThrow(/prefix/);
  });
});
