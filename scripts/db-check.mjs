// `npm run db:check`: fails when the Drizzle schema and the committed migrations disagree,
// i.e. when someone changed a *.tables.ts file without running `npm run db:generate`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';

const committed = 'src/server/db/migrations';
// drizzle-kit treats `out` as relative to the project, so the scratch copy lives under .tmp/.
mkdirSync('.tmp', { recursive: true });
const scratch = mkdtempSync('.tmp/db-check-');
try {
  cpSync(committed, scratch, { recursive: true });
  const before = new Set(readdirSync(scratch));
  const output = execFileSync('npx', ['drizzle-kit', 'generate', '--name', 'db_check'], {
    env: { ...process.env, DRIZZLE_OUT: scratch },
    encoding: 'utf8',
  });
  const added = readdirSync(scratch).filter((f) => !before.has(f) && f.endsWith('.sql'));
  if (!added.length && !/No schema changes/i.test(output)) {
    console.error(output);
    console.error('db:check failed: drizzle-kit did not confirm that the schema is unchanged.');
    process.exitCode = 1;
  } else if (added.length) {
    console.error(output);
    console.error(
      `db:check failed: the schema has changes with no migration (${added.join(', ')}). Run: npm run db:generate -- --name <what_changed>`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `db:check: schema and ${[...before].filter((f) => f.endsWith('.sql')).length} committed migrations agree.`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
