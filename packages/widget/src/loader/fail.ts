import { LOG_PREFIX } from '@rujuk/contract';

/** Reports an error on the console instead of throwing it into the host page. */
export const fail = (error: unknown): void => console.error(LOG_PREFIX, error);
