import { RujukError, type RujukErrorCode } from '../errors/rujuk-error.js';
import { emit } from './emit.js';

/** Creates the error of a failure and reports it once: a `rujuk:error` event and one console warning, never a throw. */
export const fail = (code: string, message: string): RujukError => {
  emit('error', { code, message });
  console.warn(message);
  // The script tag, which exports no class, makes a plain `Error` with the same `name` and `code`
  // (what `isRujukError` and every message rely on), for 20 bytes less.
  return __SCRIPT_TAG__
    ? (Object.assign(Error(message), { name: 'RujukError', code }) as RujukError)
    : // A backend may answer a code this version does not know yet: it is passed on as it came.
      new RujukError(code as RujukErrorCode, message);
};
