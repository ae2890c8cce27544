import { type RujukError, rujukError } from '../errors/rujuk-error.js';
import { emit } from './emit.js';

/** Creates the error of a failure and reports it once: a `rujuk:error` event and one console warning, never a throw. */
export const fail = (code: string, message: string): RujukError => {
  emit('error', { code, message });
  console.warn(message);
  return rujukError(code, message);
};
