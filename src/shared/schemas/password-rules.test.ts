import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/demo/demo-accounts.js';
import { PASSWORD } from '../../server/test/accounts-fixtures.js';
import { contextWords, passwordProblem } from './password-rules.js';

describe('password rules (ASVS 6.2)', () => {
  it('accept the demo and test-fixture passwords with their accounts as context', () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      expect(passwordProblem(account.password, account), account.accountName).toBeUndefined();
    }
    expect(
      passwordProblem(PASSWORD, { accountName: 'user_abc123', email: 'user_abc123@example.test' }),
    ).toBeUndefined();
  });

  it('count characters, not UTF-16 units, and ignore case and width for context words', () => {
    expect(passwordProblem('😀😀😀😀😀😀😀😀😀😀😀')).toBe('password_length'); // 11 emoji = 22 units
    expect(passwordProblem('ＢＵＴＴＲＥＳＳ-and-more')).toBe('password_context'); // full-width letters
  });

  it('ignore context words shorter than 4 characters', () => {
    expect(contextWords({ accountName: 'abcd', email: 'bob@example.test' })).toEqual([
      'buttress',
      'buttressroots',
      'abcd',
      'bob@example.test',
    ]);
  });
});
