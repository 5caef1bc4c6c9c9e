import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client.js';
import {
  listStoredObjects,
  putVerified,
  readOrNull,
  sha256Hex as sha256,
  type FileStore,
} from '../modules/files/index.js';

export interface BackedUpFile {
  key: string;
  sha256: string;
  bytes: number;
}

/** Storage keys are [a-z0-9-]: they are safe file names inside the backup. */
const SAFE_KEY = /^[a-z0-9][a-z0-9-]{7,80}$/;

/**
 * Copies every object the files table names (after the database dump: rows never name a file that
 * was not stored first). An object the store no longer has is listed in `missing`, not invented:
 * the backup still completes, and says so.
 */
export async function backUpFiles(
  db: Db,
  store: FileStore,
  dir: string,
): Promise<{ saved: BackedUpFile[]; missing: string[] }> {
  await mkdir(path.join(dir, 'files'), { recursive: true });
  const saved: BackedUpFile[] = [];
  const missing: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await listStoredObjects(db, after, 200);
    if (!page.length) break;
    for (const row of page) {
      for (const key of [row.storageKey, row.thumbnailKey]) {
        if (!key || !SAFE_KEY.test(key)) continue;
        const data = await readOrNull(store, key);
        if (!data) {
          missing.push(key);
          continue;
        }
        await writeFile(path.join(dir, 'files', key), data);
        saved.push({ key, sha256: sha256(data), bytes: data.length });
      }
    }
    after = page[page.length - 1]!.id;
  }
  return { saved, missing };
}

export interface FilesRestoreReport {
  restored: number;
  alreadyThere: number;
  failures: { key: string; reason: string }[];
}

/** Puts the backed-up objects into `store`, each checked against the manifest's SHA-256 before and after. */
export async function restoreFiles(
  dir: string,
  entries: BackedUpFile[],
  store: FileStore,
): Promise<FilesRestoreReport> {
  const report: FilesRestoreReport = { restored: 0, alreadyThere: 0, failures: [] };
  for (const entry of entries) {
    if (!SAFE_KEY.test(entry.key)) {
      report.failures.push({ key: entry.key, reason: 'not a storage key' });
      continue;
    }
    const data = await readFile(path.join(dir, 'files', entry.key)).catch(() => null);
    if (!data || sha256(data) !== entry.sha256) {
      report.failures.push({
        key: entry.key,
        reason: data ? 'backup copy differs from the manifest' : 'missing in the backup',
      });
      continue;
    }
    const outcome = await putVerified(store, entry.key, data, entry.sha256);
    if (outcome === 'already-there') report.alreadyThere++;
    else if (outcome === 'written') report.restored++;
    else report.failures.push({ key: entry.key, reason: 'read back with other bytes' });
  }
  return report;
}
