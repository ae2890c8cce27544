/** The error codes the first-party handler answers with itself (the backend's own codes pass through). */
export type FirstPartyErrorCode =
  | 'backend_unavailable'
  | 'backend_timeout'
  | 'payload_too_large'
  | 'not_found'
  | 'method_not_allowed';

const titles: Record<FirstPartyErrorCode, [number, string]> = {
  backend_unavailable: [502, 'Backend unavailable'],
  backend_timeout: [504, 'Backend timeout'],
  payload_too_large: [413, 'Payload too large'],
  not_found: [404, 'Not found'],
  method_not_allowed: [405, 'Method not allowed'],
};

/** An RFC 9457 `application/problem+json` answer with the protocol's stable `code`, never cached. */
export function problem(code: FirstPartyErrorCode, detail: string, headers: Record<string, string> = {}): Response {
  const [status, title] = titles[code];
  return new Response(JSON.stringify({ type: `https://rujuk.dev/problems/${code}`, title, status, detail, code }), {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers },
  });
}
