import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Data access (docs/decisions/0009-module-boundaries.md): SQL is written only in files whose job is
 * data access — a module's *.repo.ts files and, in platform, the few pieces that are data access
 * themselves, each one small file named here. Everywhere else in the server the query builders
 * and a database handle's select/insert/update/delete/execute are refused.
 */
const SQL_FILES = [
  'src/server/**/*.repo.ts',
  'src/server/**/*.tables.ts',
  'src/server/schema.ts',
  'src/server/db/**',
  'src/server/platform/audit.ts',
  'src/server/platform/jobs.ts',
  'src/server/platform/login-throttle.ts',
  'src/server/platform/rate-limiter.ts',
  'src/server/platform/mail/outbox.ts',
  'src/server/platform/mail/worker.ts',
  'src/server/platform/review/queue.ts',
  'src/server/test/**',
  'src/**/*.test.ts',
];
const SQL_MESSAGE = 'SQL belongs in a *.repo.ts file (docs/decisions/0009-module-boundaries.md)';
const DB_HANDLE = '/^(db|tx|database)$/';
const STATEMENT = '/^(select|selectDistinct|selectDistinctOn|insert|update|delete|execute|\\$count|\\$with|with)$/';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.tmp/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // process.env is read in config.ts only (and by tooling/test set-up that runs outside the app).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/server/config.ts', 'src/server/test/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through src/server/config.ts' },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: SQL_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: SQL_MESSAGE, allowTypeImports: true }],
          patterns: [{ group: ['drizzle-orm/*'], message: SQL_MESSAGE, allowTypeImports: true }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression > MemberExpression.callee[property.name=${STATEMENT}][object.name=${DB_HANDLE}]`,
          message: SQL_MESSAGE,
        },
        {
          selector: `CallExpression > MemberExpression.callee[property.name=${STATEMENT}][object.property.name=${DB_HANDLE}]`,
          message: SQL_MESSAGE,
        },
      ],
    },
  },
  {
    // Module boundaries: another module is used through its index.ts, never its internals. Tables
    // may reference another module's table for a foreign key; tests may reach in.
    files: ['src/server/modules/**/*.ts'],
    ignores: ['src/server/modules/**/*.tables.ts', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index\\.js$)',
              message: "Use the other module's index.ts (docs/decisions/0009-module-boundaries.md)",
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
);
