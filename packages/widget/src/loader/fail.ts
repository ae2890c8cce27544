/** Reports an error on the console instead of throwing it into the host page. */
// `[rujuk]` (the contract's LOG_PREFIX) is written out here and in warn-invalid.ts: terser would keep the
// shared constant as a variable, bytes the loader's budget does not have.
export const fail = (error: unknown): void => console.error('[rujuk]', error);
