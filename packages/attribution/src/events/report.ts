import type { RujukError } from '../errors/rujuk-error.js';
import { emit } from './emit.js';

/** Reports a failure once: a `rujuk:error` event and one console warning, never a throw. */
export const report = (error: RujukError): RujukError => {
  emit('error', { code: error.code, message: error.message });
  console.warn(error.message);
  return error;
};
