/** Why a benchmark run could not go on: a wrong option, a missing build, a server that did not start. */
export type BenchErrorCode = 'invalid_option' | 'missing_build' | 'server_failed' | 'browser_failed';

/** The one error the bench throws; `code` is stable, the message says what to do. */
export class BenchError extends Error {
  override name = 'RujukError';
  constructor(
    readonly code: BenchErrorCode,
    message: string,
  ) {
    super(message);
  }
}
