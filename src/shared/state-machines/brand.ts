import { defineMachine } from './machine.js';

/**
 * Licensed brands (guide 3): pending → approved | rejected(reason); an approved brand whose
 * trademark or authorization ends becomes expired. Rejected and expired brands are edited
 * (renewal: new certificate, new dates) and go back to review.
 */
export const BRAND_STATES = ['pending', 'approved', 'rejected', 'expired'] as const;
export type BrandState = (typeof BRAND_STATES)[number];
export type BrandEvent = 'approve' | 'reject' | 'resubmit' | 'expire';

export const brandMachine = defineMachine<BrandState, BrandEvent>(BRAND_STATES, {
  approve: { from: ['pending'], to: 'approved' },
  reject: { from: ['pending'], to: 'rejected' },
  resubmit: { from: ['rejected', 'expired'], to: 'pending' },
  expire: { from: ['approved'], to: 'expired' },
});
