import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Problems found in the translation catalogs or the UI source. */
export interface I18nProblem {
  where: string;
  problem: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function flatten(value: Json, prefix = '', out: Map<string, Json> = new Map()): Map<string, Json> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** Every key in every catalog, non-empty, with the same {{placeholders}} as the reference. */
export function auditCatalogs(catalogs: Record<string, Json>, reference: string): I18nProblem[] {
  const problems: I18nProblem[] = [];
  const flat = Object.fromEntries(Object.entries(catalogs).map(([locale, json]) => [locale, flatten(json)]));
  const allKeys = new Set(Object.values(flat).flatMap((m) => [...m.keys()]));
  for (const key of [...allKeys].sort()) {
    for (const [locale, map] of Object.entries(flat)) {
      const value = map.get(key);
      if (value === undefined) problems.push({ where: `${locale}:${key}`, problem: 'missing' });
      else if (typeof value !== 'string' || value.trim() === '')
        problems.push({ where: `${locale}:${key}`, problem: 'empty or not a string' });
      else {
        const ref = flat[reference]?.get(key);
        if (typeof ref === 'string' && placeholders(ref) !== placeholders(value)) {
          problems.push({
            where: `${locale}:${key}`,
            problem: `placeholders {${placeholders(value)}} differ from ${reference} {${placeholders(ref)}}`,
          });
        }
      }
    }
  }
  return problems;
}

/** Attributes a person reads or hears; their literal values must come from the catalogs. */
const VISIBLE_ATTRIBUTES = new Set(['placeholder', 'title', 'alt', 'aria-label', 'label', 'aria-description']);
const HAS_LETTER = /\p{L}/u;

/**
 * Finds user-visible text written straight into JSX, and t('key') calls whose key does not
 * exist. Dynamic keys (template literals) are checked by their static prefix.
 */
export function auditSource(file: string, source: string, keys: Set<string>): I18nProblem[] {
  const problems: I18nProblem[] = [];
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const at = (node: ts.Node) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
    return `${file}:${line + 1}`;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) {
      problems.push({ where: at(node), problem: `untranslated text "${node.text.trim().slice(0, 60)}"` });
    }
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(sf);
      if (VISIBLE_ATTRIBUTES.has(name) && HAS_LETTER.test(node.initializer.text)) {
        problems.push({ where: at(node), problem: `untranslated ${name}="${node.initializer.text.slice(0, 60)}"` });
      }
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteral(node.expression) &&
      HAS_LETTER.test(node.expression.text)
    ) {
      if (!ts.isJsxAttribute(node.parent))
        problems.push({ where: at(node), problem: `untranslated text {'${node.expression.text.slice(0, 60)}'}` });
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isT =
        (ts.isIdentifier(callee) && callee.text === 't') ||
        (ts.isPropertyAccessExpression(callee) && callee.name.text === 't');
      const arg = node.arguments[0];
      if (isT && arg) {
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
          if (!keys.has(arg.text)) problems.push({ where: at(node), problem: `unknown key '${arg.text}'` });
        } else if (ts.isTemplateExpression(arg)) {
          const prefix = arg.head.text;
          if (prefix && ![...keys].some((k) => k.startsWith(prefix)))
            problems.push({ where: at(node), problem: `no key starts with '${prefix}'` });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return problems;
}

export function listFiles(dir: string, match: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listFiles(full, match);
    return match(full) ? [full] : [];
  });
}

export function readJson(file: string): Json {
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}
