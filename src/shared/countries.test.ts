import { getCountries } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './countries.js';

describe('COUNTRY_CODES', () => {
  it('is exactly the regions libphonenumber-js knows, in its order', () => {
    expect(COUNTRY_CODES).toEqual(getCountries());
  });
});
