import { describe, expect, it } from 'vitest';
import { auditCatalogs, auditSource } from './i18n-audit.js';

describe('i18n audit', () => {
  it('reports missing, empty and placeholder-mismatched keys', () => {
    const problems = auditCatalogs(
      {
        en: { a: 'A', b: 'Hi {{name}}', c: 'C' },
        ru: { a: 'А', b: 'Привет {{nom}}', c: ' ' },
        es: { b: 'Hola {{name}}', c: 'C' },
      },
      'en',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { where: 'es:a', problem: 'missing' },
        { where: 'ru:c', problem: 'empty or not a string' },
        expect.objectContaining({ where: 'ru:b' }),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('finds literal UI text and unknown keys, accepts translated text', () => {
    const source = `
      export const A = () => <div title="Hello">Welcome {t('known')} {t('unknown.key')} {t(\`home.\${x}\`)} {t(\`nope.\${x}\`)}</div>;
      export const B = () => <p aria-label={t('known')}>{' '}{'Literal'}</p>;
    `;
    const problems = auditSource('x.tsx', source, new Set(['known', 'home.a']));
    const messages = problems.map((p) => p.problem);
    expect(messages).toContain('untranslated text "Welcome"');
    expect(messages).toContain('untranslated title="Hello"');
    expect(messages).toContain("unknown key 'unknown.key'");
    expect(messages).toContain("no key starts with 'nope.'");
    expect(messages).toContain("untranslated text {'Literal'}");
    expect(messages).toHaveLength(5);
  });
});
