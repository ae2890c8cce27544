/** Stable codes of the errors the conformance tooling throws. */
export type RujukErrorCode = 'invalid_option';

/** The one error class of `@rujuk/protocol`'s runtime tools; match on `code`, never on the message. */
export class RujukError extends Error {
  override readonly name = 'RujukError';
  /** Stable machine code of the failure. */
  readonly code: RujukErrorCode;

  constructor(code: RujukErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Tells a `RujukError` apart from other errors, also across realms where `instanceof` fails. */
export function isRujukError(error: unknown): error is RujukError {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'RujukError';
}
