import { defineMachine } from './machine.js';

/** Supplier authentication: draft → submitted → approved | rejected(reason) → (edit) → submitted. */
export const SUPPLIER_APPLICATION_STATES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type SupplierApplicationState = (typeof SUPPLIER_APPLICATION_STATES)[number];
export type SupplierApplicationEvent = 'submit' | 'approve' | 'reject';

export const supplierApplicationMachine = defineMachine<SupplierApplicationState, SupplierApplicationEvent>(
  SUPPLIER_APPLICATION_STATES,
  {
    submit: { from: ['draft', 'rejected'], to: 'submitted' },
    approve: { from: ['submitted'], to: 'approved' },
    reject: { from: ['submitted'], to: 'rejected' },
  },
);

/**
 * States in which the applicant may change company details and materials. Editing is not a
 * transition: a rejected application stays "rejected" (its reasons visible) until resubmitted.
 */
export const EDITABLE_APPLICATION_STATES: readonly SupplierApplicationState[] = ['draft', 'rejected'];
