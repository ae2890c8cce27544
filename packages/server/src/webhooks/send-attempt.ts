import { signPayload } from './sign-payload.js';

/** One signed POST of an event to an endpoint. */
export interface Attempt {
  url: string;
  secret: string;
  eventId: string;
  body: string;
  timeoutMs: number;
  /** Aborts the attempt when the server stops. */
  signal: AbortSignal;
}

/** What an endpoint answered, or why it did not. */
export interface AttemptOutcome {
  startedAt: Date;
  status: number | null;
  latencyMs: number;
  error: string | null;
}

function reason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `timed out after ${timeoutMs} ms`;
  }
  // fetch wraps network failures in "fetch failed"; the cause says which (ECONNREFUSED, ENOTFOUND…).
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Sends an event once, signed as the Standard Webhooks specification says: `webhook-id` (the event
 * id, the same on every attempt), `webhook-timestamp` (seconds, this attempt's) and
 * `webhook-signature`. A 2xx answer is a success; redirects are not followed.
 */
export async function sendAttempt(attempt: Attempt): Promise<AttemptOutcome> {
  const timestamp = Math.floor(Date.now() / 1000);
  const startedAt = new Date();
  const start = performance.now();
  const elapsed = () => Math.round(performance.now() - start);
  try {
    const response = await fetch(attempt.url, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Rujuk-Webhooks/1.0',
        'webhook-id': attempt.eventId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signPayload(attempt.secret, attempt.eventId, timestamp, attempt.body),
      },
      body: attempt.body,
      signal: AbortSignal.any([attempt.signal, AbortSignal.timeout(attempt.timeoutMs)]),
    });
    await response.body?.cancel().catch(() => {});
    const ok = response.status >= 200 && response.status < 300;
    return { startedAt, status: response.status, latencyMs: elapsed(), error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    if (attempt.signal.aborted) throw error;
    return { startedAt, status: null, latencyMs: elapsed(), error: reason(error, attempt.timeoutMs) };
  }
}
