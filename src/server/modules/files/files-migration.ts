import type { Db } from '../../db/client.js';
import type { FileStore } from './file-store.js';
import { listStoredObjects } from './files.repo.js';
import { putVerified, readOrNull, sha256Hex } from './verified-put.js';

export interface FilesMigrationReport {
  /** Objects written to the target and read back with the same SHA-256. */
  copied: number;
  /** Objects the target already held with the same bytes (a re-run after an interruption). */
  alreadyThere: number;
  /** Keys that could not be copied faithfully, with the reason; the run still visits the rest. */
  failures: { key: string; reason: string }[];
}

/**
 * Copies every stored object the files table names from one store to another (`npm run
 * files:migrate`): each copy is read back and compared by SHA-256, and a file's own bytes must
 * also match the hash recorded at upload, so a corrupted source is reported, not spread.
 * Idempotent: what the target already holds with the same bytes is left alone.
 */
export async function migrateFiles(
  db: Db,
  from: FileStore,
  to: FileStore,
  onProgress?: (done: number) => void,
): Promise<FilesMigrationReport> {
  const report: FilesMigrationReport = { copied: 0, alreadyThere: 0, failures: [] };
  const copy = async (key: string, recordedSha: string | null) => {
    const source = await readOrNull(from, key);
    if (!source) return report.failures.push({ key, reason: 'missing in the source store' });
    const hash = sha256Hex(source);
    if (recordedSha && hash !== recordedSha) {
      return report.failures.push({ key, reason: 'source bytes differ from the SHA-256 recorded at upload' });
    }
    const outcome = await putVerified(to, key, source, hash);
    if (outcome === 'already-there') report.alreadyThere++;
    else if (outcome === 'written') report.copied++;
    else report.failures.push({ key, reason: 'read back with other bytes' });
  };
  let after: string | null = null;
  for (;;) {
    const page = await listStoredObjects(db, after, 200);
    if (!page.length) break;
    for (const row of page) {
      await copy(row.storageKey, row.sha256);
      if (row.thumbnailKey) await copy(row.thumbnailKey, null);
    }
    after = page[page.length - 1]!.id;
    onProgress?.(report.copied + report.alreadyThere + report.failures.length);
  }
  return report;
}
