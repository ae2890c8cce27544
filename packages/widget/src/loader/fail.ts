/** Reports an error on the console instead of throwing it into the host page. */
export const fail = (error: unknown): void => console.error('[rujuk]', error);
