import { describe, expect, it } from 'vitest';
import type { CompanyField } from '../../../shared/company-fields.js';
import { toValues, withServerValues } from './companyForm.js';

describe('withServerValues', () => {
  const saved = toValues({ companyNameEn: 'Saved Ltd', country: 'DE', website: 'https://saved.example' });

  it('keeps every field the person changed here, even when the server has another value or none', () => {
    const current = { ...toValues(undefined), country: 'CN', companyType: 'limited_liability', companyNameEn: '' };
    const changed = new Set<CompanyField>(['country', 'companyType', 'companyNameEn']);
    const merged = withServerValues(current, saved, changed);
    expect(merged.country).toBe('CN');
    expect(merged.companyType).toBe('limited_liability');
    expect(merged.companyNameEn).toBe('');
  });

  it('fills the fields the person has not changed with the saved values', () => {
    const merged = withServerValues(toValues({ website: 'https://old.example' }), saved, new Set(['country']));
    expect(merged.website).toBe('https://saved.example');
    expect(merged.companyNameEn).toBe('Saved Ltd');
    expect(merged.country).toBe('');
  });
});
