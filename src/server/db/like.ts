/** Makes user text match literally inside LIKE/ILIKE patterns (PostgreSQL's default escape is \). */
export const escapeLike = (value: string) => value.replace(/[%_\\]/g, '\\$&');
