// The compiled server applies the committed SQL migrations from dist/server/db/migrations and
// renders documents from the versioned templates in dist/server/platform/pdf/templates: tsc
// copies neither, so the build does.
import { cpSync, rmSync } from 'node:fs';

for (const dir of ['server/db/migrations', 'server/platform/pdf/templates']) {
  rmSync(`dist/${dir}`, { recursive: true, force: true });
  cpSync(`src/${dir}`, `dist/${dir}`, { recursive: true });
}
