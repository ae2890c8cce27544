import type { ErrorCode } from '../problem.js';
import type { Reply } from './http.js';
import { type SchemaName, schemaErrors } from './schema/document-schemas.js';

/** A failed expectation; its message is the one-line reason the runner prints. */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure';
}

/** Fails the check with `reason` unless `condition` holds. */
export function ensure(condition: unknown, reason: string): asserts condition {
  if (!condition) throw new CheckFailure(reason);
}

function describeBody(reply: Reply): string {
  const problem = reply.json as { code?: unknown; detail?: unknown } | undefined;
  if (problem && typeof problem === 'object' && 'code' in problem) return ` (${problem.code}: ${problem.detail})`;
  return reply.text ? ` (${reply.text.slice(0, 120)})` : '';
}

/** Fails unless the reply has one of the statuses. */
export function expectStatus(reply: Reply, ...statuses: number[]): void {
  ensure(
    statuses.includes(reply.status),
    `${reply.label} answered ${reply.status}, expected ${statuses.join(' or ')}${describeBody(reply)}`,
  );
}

/** Fails unless the reply is a success with the given status whose body matches the named schema; returns the body. */
export function expectBody<T>(reply: Reply, status: number | number[], schema: SchemaName): T {
  expectStatus(reply, ...(Array.isArray(status) ? status : [status]));
  const type = reply.headers.get('content-type') ?? '';
  ensure(
    /^application\/json\b/.test(type),
    `${reply.label} answered content-type "${type}", expected application/json`,
  );
  const errors = schemaErrors(reply.json, schema);
  ensure(errors.length === 0, `${reply.label} body is not a ${schema}: ${errors.slice(0, 3).join('; ')}`);
  return reply.json as T;
}

/** Fails unless the reply is a problem+json with this status and code, shaped as the document says. */
export function expectProblem(reply: Reply, status: number, code: ErrorCode): void {
  ensure(
    reply.status === status && (reply.json as { code?: unknown } | undefined)?.code === code,
    `${reply.label} answered ${reply.status}${describeBody(reply)}, expected ${status} ${code}`,
  );
  const type = reply.headers.get('content-type') ?? '';
  ensure(
    /^application\/problem\+json\b/.test(type),
    `${reply.label} answered content-type "${type}", expected application/problem+json`,
  );
  const errors = schemaErrors(reply.json, 'Problem');
  ensure(errors.length === 0, `${reply.label} problem is malformed: ${errors.slice(0, 3).join('; ')}`);
  const problem = reply.json as { type: string; status: number; errors?: unknown[] };
  ensure(problem.type === `https://rujuk.dev/problems/${code}`, `problem type is "${problem.type}"`);
  ensure(problem.status === status, `problem status is ${problem.status} but the HTTP status is ${status}`);
  if (code === 'invalid_request') {
    ensure(Array.isArray(problem.errors) && problem.errors.length > 0, 'invalid_request has no errors[]');
  }
}

/** Fails unless the reply is a 400 `invalid_request` whose `errors[]` names one of `paths` (or a field under it). */
export function expectInvalid(reply: Reply, ...paths: string[]): void {
  expectProblem(reply, 400, 'invalid_request');
  const named = (reply.json as { errors: { path: string }[] }).errors.map((error) => error.path);
  ensure(
    named.some((path) => paths.some((wanted) => path === wanted || path.startsWith(`${wanted}/`))),
    `errors[] names ${named.join(', ') || 'nothing'}, expected ${paths.join(' or ')}`,
  );
}

/** Fails unless `actual` equals `expected` (primitives). */
export function expectEqual<T>(actual: T, expected: T, what: string): void {
  ensure(Object.is(actual, expected), `${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}
