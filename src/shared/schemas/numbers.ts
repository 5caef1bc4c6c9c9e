import { z } from 'zod';

/** The largest value of a PostgreSQL integer (int4) column. */
export const INT4_MAX = 2_147_483_647;

/**
 * A row version sent back for optimistic locking. Versions are int4 columns: a number beyond
 * them is refused here, with the field named, instead of failing in the database.
 */
export const rowVersion = z.int32();
