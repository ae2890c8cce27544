/** The one error Rujuk rejects with; `code` is stable: `invalid_argument`, `network` or a protocol problem code. */
export class RujukError extends Error {
  /** Stable machine code of the failure. */
  code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RujukError';
    this.code = code;
  }
}

/** Whether a value is a `RujukError`, matched by name so it works across bundles and frames. */
export const isRujukError = (value: unknown): value is RujukError => (value as Error | null)?.name == 'RujukError';

/**
 * Creates the error of a failure. The script tag, which exports no class, makes a plain `Error` with
 * the same `name` and `code` (what `isRujukError` and every message rely on), for 20 bytes less.
 */
export const rujukError = (code: string, message: string): RujukError =>
  __SCRIPT_TAG__ ? Object.assign(Error(message), { name: 'RujukError', code }) : new RujukError(code, message);
