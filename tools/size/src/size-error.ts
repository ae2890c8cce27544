/** Why a size could not be measured or checked: a file not built, a pattern with no match, a bad budget file. */
export type SizeErrorCode = 'missing_file' | 'no_match' | 'bad_budgets' | 'unknown_budget';

/** The one error the size tool throws; `code` is stable, the message says what is wrong and what to do. */
export class SizeError extends Error {
  override name = 'RujukError';
  constructor(
    readonly code: SizeErrorCode,
    message: string,
  ) {
    super(message);
  }
}
