/**
 * The hostile upload corpus against every upload purpose: 100 % refused, nothing stored.
 */
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS, type ErrorBody } from '../../platform/errors.js';
import { hostileUploads } from '../../test/upload-corpus-hostile.js';
import { makeUser, uploadRequest } from '../../test/supplier-fixtures.js';
import { createTestApp } from '../../test/test-app.js';
import { FILE_PURPOSE_NAMES } from './file-policy.js';
import { files } from './files.tables.js';

const t = await createTestApp();
const owner = await makeUser(t);
const corpus = await hostileUploads(t.config.MAX_UPLOAD_BYTES);
afterAll(async () => t.close());

const storedCount = async () =>
  (await t.database.db.select({ id: files.id }).from(files).where(eq(files.ownerId, owner.id))).length;

describe('hostile upload corpus', () => {
  it.each(corpus.map((upload) => [upload.label, upload] as const))(
    '%s: refused for every purpose',
    async (_, upload) => {
      const before = await storedCount();
      const accepted: string[] = [];
      for (const purpose of FILE_PURPOSE_NAMES) {
        const res = await uploadRequest(t.app, owner.cookie, purpose, upload.fileName, upload.data);
        if (res.statusCode < 400 || res.statusCode >= 500) {
          accepted.push(`${purpose}: ${res.statusCode} ${res.body.slice(0, 160)}`);
          continue;
        }
        expect(Object.keys(ERROR_STATUS)).toContain(res.json<ErrorBody>().code);
      }
      expect(accepted).toEqual([]);
      expect(await storedCount()).toBe(before);
    },
  );

  it('prints its size', () => {
    console.log(
      `upload corpus: ${corpus.length} files × ${FILE_PURPOSE_NAMES.length} purposes = ${corpus.length * FILE_PURPOSE_NAMES.length} uploads`,
    );
    expect(corpus.length).toBeGreaterThan(20);
  });
});
