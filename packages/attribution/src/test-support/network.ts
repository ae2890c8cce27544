import { vi } from 'vitest';

/** One scripted answer of the fake backend, or `'offline'` for a request that never gets one. */
export type Reply = { status: number; body?: object; retryAfter?: string } | 'offline';

/** A request the code under test sent, and whether the queue was in storage before it left. */
export interface Sent {
  url: string;
  body: Record<string, unknown>;
  storedBefore: boolean;
}

/** Replaces `fetch` with the network as seen from the page: each POST takes the next scripted reply (201 `{}` once they run out). */
export const network = (replies: Reply[]): Sent[] => {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ url, body: JSON.parse(init.body as string), storedBefore: !!localStorage.getItem('rujuk_queue') });
      const reply = replies.shift() ?? { status: 201, body: {} };
      if (reply === 'offline') throw new TypeError('Failed to fetch');
      const headers = reply.retryAfter ? { 'retry-after': reply.retryAfter } : undefined;
      return new Response(JSON.stringify(reply.body ?? {}), { status: reply.status, headers });
    }),
  );
  return sent;
};
