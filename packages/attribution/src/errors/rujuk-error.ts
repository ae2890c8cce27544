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
