import { describe, expect, it } from 'vitest';
import type { Brand } from '../../../shared/schemas/brands.js';
import { ApiError } from '../../api/client.js';
import { checkBrand, daysUntil, emptyBrandValues, renewalValues, toFormError, type BrandValues } from './brandForm.js';

const file = (id: string) => ({
  id,
  name: `${id}.pdf`,
  contentType: 'application/pdf',
  size: 100,
  url: `/api/files/${id}`,
  thumbnailUrl: null,
});
const CERT = '11111111-1111-4111-8111-111111111111';
const AUTH = '22222222-2222-4222-8222-222222222222';
const today = '2026-11-27';

const privateBrand = (): BrandValues => ({
  ...emptyBrandValues(),
  nameEn: 'Rootstock',
  trademarkNumber: 'TM1',
  trademarkCountry: 'CN',
  niceClasses: [21, 8],
  certificate: file(CERT),
  trademarkValidUntil: '2030-01-01',
});

describe('checkBrand', () => {
  it('accepts a complete private brand and leaves out the agency facts', () => {
    const result = checkBrand('private', { ...privateBrand(), brandOwner: 'ignored' }, today);
    expect(result.problems).toEqual([]);
    expect(result.input).toMatchObject({ kind: 'private', niceClasses: [8, 21], certificateFileId: CERT });
    expect(result.input).not.toHaveProperty('brandOwner');
  });

  it('lists the field problems and the cross-field ones in one pass', () => {
    const { input, problems } = checkBrand('agency', emptyBrandValues(), today);
    expect(input).toBeNull();
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.code]));
    expect(byField).toMatchObject({
      nameEn: 'brand_name_required',
      trademarkNumber: 'required',
      trademarkCountry: 'required',
      niceClasses: 'required',
      certificateFileId: 'required',
      trademarkValidUntil: 'required',
      brandOwner: 'required',
      authorizationFileId: 'required',
      authorizationLevel: 'required',
      territory: 'required',
      authorizationStart: 'required',
      authorizationEnd: 'required',
    });
  });

  it('needs the chain for a sub-authorization, an end after the start, and validity not yet ended', () => {
    const { problems } = checkBrand(
      'agency',
      {
        ...privateBrand(),
        trademarkValidUntil: today,
        brandOwner: 'Owner',
        authorization: file(AUTH),
        authorizationLevel: 'sub_authorized',
        territory: 'EU',
        authorizationStart: '2027-01-01',
        authorizationEnd: '2026-12-31',
      },
      today,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'authorizationChain', code: 'required' },
        { field: 'authorizationEnd', code: 'end_before_start' },
        { field: 'trademarkValidUntil', code: 'validity_ended' },
      ]),
    );
  });

  it('lets an application receipt go without a validity date', () => {
    const values = { ...privateBrand(), certificateKind: 'application_receipt' as const, trademarkValidUntil: '' };
    expect(checkBrand('private', values, today).problems).toEqual([]);
  });
});

describe('renewalValues', () => {
  const expired = {
    kind: 'agency',
    nameZh: null,
    nameEn: 'Banyan',
    logo: null,
    trademarkNumber: 'DE1',
    trademarkCountry: 'DE',
    niceClasses: [9],
    certificateKind: 'registration',
    certificate: file(CERT),
    trademarkValidUntil: '2030-01-01',
    brandOwner: 'Owner',
    authorization: file(AUTH),
    authorizationLevel: 'direct',
    authorizationChain: null,
    territory: 'EU',
    authorizationStart: '2024-01-01',
    authorizationEnd: '2026-10-01',
    validUntil: '2026-10-01',
  } as unknown as Brand;

  it('empties only the document that ran out, and its dates', () => {
    const values = renewalValues(expired);
    expect(values.authorization).toBeNull();
    expect(values.authorizationStart).toBe('');
    expect(values.authorizationEnd).toBe('');
    expect(values.certificate?.id).toBe(CERT);
    expect(values.trademarkValidUntil).toBe('2030-01-01');
    expect(values.nameEn).toBe('Banyan');
  });
});

describe('toFormError', () => {
  it('maps the API paths of POST and PUT onto the form fields', () => {
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      message: 'x',
      details: [
        { path: 'body.brand.niceClasses.0', code: 'nice_class_invalid' },
        { path: 'body.nameEn', code: 'too_long' },
        { path: 'fileId', code: 'file_wrong_purpose' },
      ],
    });
    const mapped = toFormError(error) as ApiError;
    expect(mapped.body.details?.map((d) => d.path)).toEqual(['niceClasses', 'nameEn', 'fileId']);
  });
});

describe('daysUntil', () => {
  it('counts calendar days', () => {
    expect(daysUntil('2026-12-27', today)).toBe(30);
    expect(daysUntil('2026-11-26', today)).toBe(-1);
  });
});
