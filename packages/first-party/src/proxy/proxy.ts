import { problem } from '../problem/problem.js';
import { answerHeaders, forwardHeaders, type Visitor } from './forward-headers.js';

/** The largest request body passed on; the protocol's own bodies are a few kilobytes. */
const MAX_BODY = 64 * 1024;

/** Passes one protocol call (`/v1/…` plus its query) to the backend and its answer back, or a problem. */
export async function proxy(request: Request, target: string, visitor: Visitor, timeoutMs: number): Promise<Response> {
  let body: ArrayBuffer | undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const declared = Number(request.headers.get('content-length') ?? 0);
    if (declared > MAX_BODY) return tooLarge();
    body = await request.arrayBuffer();
    if (body.byteLength > MAX_BODY) return tooLarge();
  }
  let answer: Response;
  try {
    answer = await fetch(target, {
      method: request.method,
      headers: forwardHeaders(request, visitor),
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return problem(
        'backend_timeout',
        `The Rujuk backend did not answer ${request.method} ${new URL(target).pathname} within ${timeoutMs} ms; try again later.`,
        { 'retry-after': '5' },
      );
    }
    return problem(
      'backend_unavailable',
      `The Rujuk backend could not be reached for ${request.method} ${new URL(target).pathname}; try again later.`,
      { 'retry-after': '5' },
    );
  }
  return new Response(answer.body, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answerHeaders(answer.headers),
  });
}

const tooLarge = () => problem('payload_too_large', `A Rujuk request body may be at most ${MAX_BODY} bytes.`);
