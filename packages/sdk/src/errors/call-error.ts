import { failure } from './failure.js';
import { RujukError } from './rujuk-error.js';

/** The {@link RujukError} of a failed call, from what {@link failure} takes: the code, where, the detail… */
export const callError = (...failed: Parameters<typeof failure>): RujukError =>
  new RujukError(failed[0], ...failure(...failed));
