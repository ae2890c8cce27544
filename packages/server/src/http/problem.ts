import type { ErrorCode, Problem } from '@rujuk/protocol';
import { isRujukError, type RujukError } from '../errors/rujuk-error.js';

const statuses: Record<ErrorCode, [number, string]> = {
  invalid_json: [400, 'Invalid JSON'],
  invalid_request: [400, 'Invalid request'],
  unsupported_media_type: [415, 'Unsupported media type'],
  payload_too_large: [413, 'Payload too large'],
  missing_key: [401, 'Missing API key'],
  invalid_key: [401, 'Invalid API key'],
  secret_key_required: [403, 'Secret key required'],
  secret_key_exposed: [403, 'Secret key exposed'],
  origin_not_allowed: [403, 'Origin not allowed'],
  participant_auth_required: [401, 'Participant authentication required'],
  invalid_token: [401, 'Invalid participant token'],
  invalid_signature: [401, 'Invalid signature'],
  unknown_code: [404, 'Unknown referral code'],
  not_found: [404, 'Not found'],
  method_not_allowed: [405, 'Method not allowed'],
  idempotency_conflict: [409, 'Idempotency conflict'],
  invalid_state: [409, 'Invalid state'],
  rate_limited: [429, 'Too many requests'],
  internal_error: [500, 'Internal error'],
};

// RFC 9110 §11.6.1: a 401 names at least one challenge. A key goes in the Bearer scheme (RFC 6750,
// whose `invalid_token` marks a key that was sent but is unknown); participant proof has its own
// headers, named by the Rujuk-Participant scheme.
const challenges: Partial<Record<ErrorCode, string>> = {
  missing_key: 'Bearer realm="rujuk"',
  invalid_key: 'Bearer realm="rujuk", error="invalid_token"',
  participant_auth_required: 'Rujuk-Participant realm="rujuk"',
  invalid_token: 'Rujuk-Participant realm="rujuk", error="invalid_token"',
  invalid_signature: 'Rujuk-Participant realm="rujuk", error="invalid_signature"',
};

/** Builds the RFC 9457 body for an error code. */
export function problemBody(code: ErrorCode, detail: string, errors?: Problem['errors']): Problem {
  const [status, title] = statuses[code];
  const body: Problem = { type: `https://rujuk.dev/problems/${code}`, title, status, detail, code };
  if (errors) body.errors = errors;
  return body;
}

function isProtocolCode(code: string): code is ErrorCode {
  return code in statuses;
}

/** Turns anything thrown while answering into an `application/problem+json` response. */
export function problemResponse(error: unknown, headers: Headers = new Headers()): Response {
  const known: RujukError | undefined = isRujukError(error) && isProtocolCode(error.code) ? error : undefined;
  const body = known
    ? problemBody(known.code as ErrorCode, known.message, known.errors)
    : problemBody('internal_error', 'The server failed to answer this request; retry later or report it.');
  headers.set('content-type', 'application/problem+json');
  if (known?.retryAfter !== undefined) headers.set('retry-after', String(known.retryAfter));
  if (known?.allow) headers.set('allow', known.allow.join(', '));
  const challenge = challenges[body.code as ErrorCode];
  // A caller's own challenge (the admin page's Basic) wins over the API's.
  if (challenge && !headers.has('www-authenticate')) headers.set('www-authenticate', challenge);
  return new Response(JSON.stringify(body), { status: body.status, headers });
}
