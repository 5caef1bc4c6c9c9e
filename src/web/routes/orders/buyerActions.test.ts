import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { actionErrorKey, buyerActionsOf, checkReason } from './buyerActions.js';

const known = new Set(['errors.INTERNAL', 'errors.FORBIDDEN', 'validation.required', 'validation.too_long']);
const exists = (key: string) => known.has(key);

describe('buyer actions', () => {
  it('offers only what the server allows, never the supplier events', () => {
    expect(buyerActionsOf(['cancel'])).toEqual(['cancel']);
    expect(buyerActionsOf(['buyer_decline', 'accept', 'request_changes'])).toEqual([
      'accept',
      'request_changes',
      'buyer_decline',
    ]);
    expect(buyerActionsOf(['confirm', 'decline', 'ship'])).toEqual([]);
  });

  it('require a reason to decline or ask for changes, keep it optional to cancel', () => {
    expect(checkReason('buyer_decline', '   ')).toEqual({ error: 'required' });
    expect(checkReason('request_changes', '')).toEqual({ error: 'required' });
    expect(checkReason('request_changes', '  Lower the price  ')).toEqual({ reason: 'Lower the price' });
    expect(checkReason('cancel', '')).toEqual({});
    expect(checkReason('accept', 'ignored')).toEqual({});
    expect(checkReason('cancel', 'x'.repeat(1001))).toEqual({ error: 'too_long' });
  });

  it('explains a 409 as a conflict and other errors by their code', () => {
    const conflict = new ApiError(409, { code: 'INVALID_TRANSITION', message: 'x' });
    expect(actionErrorKey(conflict, exists)).toEqual({ key: 'orders.actions.conflict', conflict: true });
    const field = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      message: 'x',
      details: [{ path: 'reason', code: 'required' }],
    });
    expect(actionErrorKey(field, exists)).toEqual({ key: 'validation.required', conflict: false });
    expect(actionErrorKey(new ApiError(403, { code: 'FORBIDDEN', message: 'x' }), exists).key).toBe('errors.FORBIDDEN');
    expect(actionErrorKey(new ApiError(418, { code: 'TEAPOT', message: 'x' }), exists).key).toBe('errors.INTERNAL');
    expect(actionErrorKey(new Error('boom'), exists).key).toBe('errors.INTERNAL');
  });
});
