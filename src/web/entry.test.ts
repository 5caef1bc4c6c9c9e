import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEB = path.dirname(fileURLToPath(import.meta.url));

/**
 * What main.tsx loads up front: its static imports, transitively (`import type` and `import()`
 * are not followed). Every first visit downloads all of it — see docs/decisions/0008.
 */
function entryGraph() {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!/\.tsx?$/.test(file)) return;
    for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(
      /^import\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm,
    )) {
      if (!spec.startsWith('.')) {
        packages.add(
          spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/'),
        );
        continue;
      }
      const target = path.resolve(path.dirname(file), spec);
      const ts = target.replace(/\.js$/, '.ts');
      visit([ts, `${ts}x`].find((f) => existsSync(f)) ?? target);
    }
  };
  visit(path.join(WEB, 'main.tsx'));
  const relative = [...files].map((f) => path.relative(path.join(WEB, '..'), f).replaceAll(path.sep, '/'));
  return { files: relative, packages };
}

describe('the entry chunk', () => {
  const { files, packages } = entryGraph();

  it('has the buyers’ pages', () => {
    expect(files).toEqual(
      expect.arrayContaining(['web/routes/HomePage.tsx', 'web/routes/catalog/ProductPage.tsx', 'web/router.tsx']),
    );
  });

  it('has no zod schemas, phone metadata or HTML sanitiser', () => {
    expect(files.filter((f) => f.startsWith('shared/schemas/'))).toEqual([]);
    expect([...packages].filter((p) => ['zod', 'libphonenumber-js', 'sanitize-html'].includes(p))).toEqual([]);
  });

  it('has none of the supplier, account or staff pages, nor the guide and agreement texts', () => {
    const lazy =
      /^web\/(routes\/(account|admin|brands|brand-review|supplier-auth|supplier-center|supplier-products)\/|content\/)/;
    // The staff guard runs around the staff pages' elements, once those have loaded.
    expect(files.filter((f) => lazy.test(f) && f !== 'web/routes/admin/RequireStaff.tsx')).toEqual([]);
  });

  it('bundles English only; the other catalogs are loaded on demand', () => {
    expect(files.filter((f) => f.startsWith('web/i18n/catalogs/'))).toEqual(['web/i18n/catalogs/en.ts']);
  });
});
