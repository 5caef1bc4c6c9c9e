/** The review console's contract (re-exports what it shares with the applicant's side). */
export { applicationSchema, rejectRequestSchema, REJECTION_CODES, versionRequestSchema } from './suppliers.js';

export const SUPPLIER_APPLICATION_STATES_FOR_QUEUE = ['submitted', 'approved', 'rejected', 'all'] as const;
