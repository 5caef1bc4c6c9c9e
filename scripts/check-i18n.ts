/**
 * `npm run check:i18n`: fails when a key is missing or empty in any of the four catalogs,
 * or when the UI shows text that does not come from them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../src/shared/locales.js';
import { auditCatalogs, auditSource, flatten, listFiles, readJson, type I18nProblem } from './i18n-audit.js';

const catalogSets = [
  { name: 'web', dir: 'src/web/i18n/locales', features: 'src/web/i18n/features', sources: ['src/web'] },
  { name: 'server', dir: 'src/server/platform/i18n/locales', features: undefined, sources: [] as string[] },
];

type Tree = { [key: string]: Json };
type Json = string | number | boolean | null | Json[] | Tree;

/** Base catalog plus every feature's catalog for the locale; a key defined twice is a problem. */
function loadCatalog(dir: string, featuresDir: string | undefined, locale: string, problems: I18nProblem[]): Json {
  const base = readJson(path.join(dir, `${locale}.json`)) as Tree;
  if (!featuresDir || !existsSync(featuresDir)) return base;
  const baseKeys = new Set(flatten(base).keys());
  for (const feature of readdirSync(featuresDir)) {
    const file = path.join(featuresDir, feature, `${locale}.json`);
    if (!existsSync(file)) {
      problems.push({ where: file, problem: 'missing catalog file' });
      continue;
    }
    const tree = readJson(file) as Tree;
    for (const key of flatten(tree).keys()) {
      if (baseKeys.has(key)) problems.push({ where: `${file}:${key}`, problem: 'key also defined elsewhere' });
      baseKeys.add(key);
    }
    deepMerge(base, tree);
  }
  return base;
}

function deepMerge(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      existing &&
      typeof existing === 'object' &&
      !Array.isArray(existing)
    ) {
      deepMerge(existing, value);
    } else {
      target[key] = value;
    }
  }
}

const problems: I18nProblem[] = [];
let keyCount = 0;
for (const set of catalogSets) {
  let catalogs;
  try {
    catalogs = Object.fromEntries(LOCALES.map((l) => [l, loadCatalog(set.dir, set.features, l, problems)]));
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
