/**
 * `npm run check:i18n`: fails when a key is missing or empty in any of the four catalogs,
 * or when the UI shows text that does not come from them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../src/shared/locales.js';
import { auditCatalogs, auditSource, flatten, listFiles, readJson, type I18nProblem } from './i18n-audit.js';

const catalogSets = [
  { name: 'web', dir: 'src/web/i18n/locales', sources: ['src/web'] },
  { name: 'server', dir: 'src/server/platform/i18n/locales', sources: [] as string[] },
];

const problems: I18nProblem[] = [];
let keyCount = 0;
for (const set of catalogSets) {
  let catalogs;
  try {
    catalogs = Object.fromEntries(LOCALES.map((l) => [l, readJson(path.join(set.dir, `${l}.json`))]));
  } catch (error) {
    if (set.name === 'server' && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
    throw error;
  }
  problems.push(...auditCatalogs(catalogs, 'en').map((p) => ({ ...p, where: `${set.name} ${p.where}` })));
  const enCatalog = catalogs.en;
  if (enCatalog === undefined) throw new Error(`${set.dir}/en.json is missing`);
  const keys = new Set(flatten(enCatalog).keys());
  keyCount += keys.size;
  for (const root of set.sources) {
    for (const file of listFiles(root, (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))) {
      problems.push(...auditSource(file, readFileSync(file, 'utf8'), keys));
    }
  }
}

if (problems.length) {
  for (const p of problems) console.error(`✗ ${p.where}: ${p.problem}`);
  console.error(`\ncheck:i18n failed: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log(`check:i18n: ${keyCount} keys present in all of ${LOCALES.join(', ')}; no untranslated UI text.`);
