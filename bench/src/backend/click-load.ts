import autocannon, { type Result } from 'autocannon';
import type { BackendProcess } from './backend-process.js';

/** How hard and how long one load pushes `POST /v1/clicks`. */
export interface ClickLoadOptions {
  seconds: number;
  connections: number;
}

/** What one load sent and what the server acknowledged. */
export interface ClickLoad {
  result: Result;
  /** Click ids answered 200 or 201. */
  acknowledged: Set<string>;
  /** Reports that repeated an earlier click id, as a retried beacon does. */
  replays: number;
}

/** Every `REPLAY_EVERY`-th report repeats the click id sent `REPLAY_EVERY / 2` reports earlier, often still in flight. */
export const REPLAY_EVERY = 10;

/** The click id of the `n`-th report of a load: mostly fresh, every tenth a replay of a recent one. */
export function clickIdFor(prefix: string, n: number): { clickId: string; replay: boolean } {
  const replay = n >= REPLAY_EVERY && n % REPLAY_EVERY === 0;
  const id = replay ? n - REPLAY_EVERY / 2 : n;
  return { clickId: `${prefix}-${id.toString(36).padStart(7, '0')}`, replay };
}

const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

/**
 * Sends click reports for `code` over `options.connections` keep-alive connections for
 * `options.seconds`, each connection sending its next report when the last is answered (a bounded,
 * closed-loop load), and collects the click ids the server acknowledged.
 */
export async function clickLoad(
  server: BackendProcess,
  options: ClickLoadOptions,
  code: string,
  prefix: string,
): Promise<ClickLoad> {
  let next = 0;
  let replays = 0;
  const acknowledged = new Set<string>();
  const instance = autocannon({
    url: `${server.url}/v1/clicks`,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${server.publishableKey}`,
          'content-type': 'text/plain',
          'user-agent': BROWSER_UA,
        },
        setupRequest(request, context) {
          const { clickId, replay } = clickIdFor(prefix, next++);
          if (replay) replays++;
          context.clickId = clickId;
          request.body = JSON.stringify({
            code,
            clickId,
            url: `https://shop.example/?ref=${code}`,
            utm: { source: 'bench' },
          });
          return request;
        },
      },
    ],
  });
  // Acknowledgements are read from the `response` event, not from a per-request `onResponse` hook:
  // for that hook autocannon turns every answer's headers into an object, which cost the load
  // generator a third of its throughput here, CPU taken from the server being measured. With one
  // request in flight per connection, the connection's context still holds the answered request's
  // click id when this event fires (the next request is set up right after it).
  instance.on('response', (client, status) => {
    const clickId = client.requestIterator.context.clickId;
    if ((status === 200 || status === 201) && typeof clickId === 'string') acknowledged.add(clickId);
  });
  return { result: await instance, acknowledged, replays };
}
