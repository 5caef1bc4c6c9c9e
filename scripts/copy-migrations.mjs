// The compiled server applies the committed SQL migrations from dist/server/db/migrations.
import { cpSync, rmSync } from 'node:fs';

rmSync('dist/server/db/migrations', { recursive: true, force: true });
cpSync('src/server/db/migrations', 'dist/server/db/migrations', { recursive: true });
