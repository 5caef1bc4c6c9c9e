export type Tree = { [key: string]: string | Tree };

function merge(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = typeof value === 'object' && typeof existing === 'object' ? merge({ ...existing }, value) : value;
  }
  return target;
}

/**
 * A language's catalog: the base one plus its feature catalogs
 * (src/web/i18n/features/<feature>/<locale>.json), so features can be translated side by side.
 * `npm run check:i18n` checks the merge.
 */
export function withFeatures(base: Tree, features: Record<string, Tree>): Tree {
  let merged = structuredClone(base);
  for (const tree of Object.values(features)) merged = merge(merged, tree);
  return merged;
}
