import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, as it arrived. */
export interface Delivered {
  headers: IncomingMessage['headers'];
  /** The raw body: signatures are over these exact bytes. */
  body: string;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
  /** What the receiver answered. */
  answered: number;
}

/** The suite's webhook endpoint on this machine. */
export interface WebhookReceiver {
  url: string;
  received: Delivered[];
  /** Decides each answer's status; `204` until changed. */
  answer: (request: Omit<Delivered, 'answered'>) => number;
  /** Resolves `true` once `predicate` holds for the requests so far, or `false` after `timeoutMs`. */
  until(predicate: (received: Delivered[]) => boolean, timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 with a free port. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const waiters = new Set<() => void>();
  const receiver = { received: [] as Delivered[], answer: () => 204 } as unknown as WebhookReceiver;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const got = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() };
      let answered = 500;
      try {
        answered = receiver.answer(got);
      } finally {
        receiver.received.push({ ...got, answered });
        response.writeHead(answered).end();
        for (const wake of waiters) wake();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rujuk-conformance`;
  receiver.until = (predicate, timeoutMs) =>
    new Promise((resolve) => {
      const check = () => {
        if (predicate(receiver.received)) finish(true);
      };
      const finish = (held: boolean) => {
        waiters.delete(check);
        clearTimeout(timer);
        resolve(held);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      waiters.add(check);
      check();
    });
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return receiver;
}
