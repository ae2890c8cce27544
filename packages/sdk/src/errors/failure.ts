import { LOG_PREFIX, type RujukErrorCode } from '@rujuk/contract';
import type { Problem } from '@rujuk/protocol';
import type { RujukErrorOptions } from './rujuk-error.js';

/**
 * The message and options of the error of a failed call: `where` names it (e.g. `GET /v1/program`),
 * so the message says what failed, where and why; `cause` keeps the underlying failure (e.g. Node's
 * `ECONNREFUSED`). Every error the SDK makes carries `status`, `detail` and `problem`.
 */
export const failure = (
  code: RujukErrorCode,
  where: string,
  detail: string,
  status: number | null = null,
  problem: Problem | null = null,
  cause?: unknown,
): [message: string, options: RujukErrorOptions] => [
  `${LOG_PREFIX} ${where}: ${detail} (${code}${status ? ` ${status}` : ''})`,
  { status, detail, problem, cause },
];
