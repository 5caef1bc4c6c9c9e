// CI helper: `node scripts/ci-database.mjs create NAME` / `drop NAME` on the PostgreSQL at
// CI_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres). UTF-8 locale from
// template0, because pg_trgm ignores Chinese and Cyrillic under a non-UTF-8 LC_CTYPE.
import pg from 'pg';

const [action, name] = process.argv.slice(2);
if (!['create', 'drop'].includes(action ?? '') || !/^[a-z0-9_]+$/.test(name ?? '')) {
  console.error('usage: ci-database.mjs create|drop <name: [a-z0-9_]+>');
  process.exit(2);
}
const client = new pg.Client({
  connectionString: process.env.CI_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
});
await client.connect();
try {
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  if (action === 'create') {
    await client.query(
      `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
    console.log(`created database ${name} (UTF8, C.UTF-8)`);
  }
} finally {
  await client.end();
}
