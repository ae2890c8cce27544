import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a receiver got. */
export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  type: string;
}

/** A local webhook endpoint whose answer each test chooses. */
export interface Receiver {
  url: string;
  received: Received[];
  /** Decides the answer of each request: a status, or `'hang'` to never answer. */
  answer: (request: Received, index: number) => number | 'hang';
  /** Resolves once `predicate` holds for the requests received so far. */
  until(predicate: (received: Received[]) => boolean, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** Starts a webhook receiver on 127.0.0.1 with a free port; it answers 204 until told otherwise. */
export async function startReceiver(): Promise<Receiver> {
  const waiters = new Set<() => void>();
  const hanging = new Set<ServerResponse>();
  const receiver = {
    received: [] as Received[],
    answer: (() => 204) as Receiver['answer'],
  } as Receiver;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const got: Received = {
        id: String(request.headers['webhook-id']),
        timestamp: String(request.headers['webhook-timestamp']),
        signature: String(request.headers['webhook-signature']),
        body,
        type: (JSON.parse(body) as { type: string }).type,
      };
      const index = receiver.received.push(got) - 1;
      const status = receiver.answer(got, index);
      if (status === 'hang') hanging.add(response);
      else response.writeHead(status).end();
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.until = (predicate, timeoutMs = 20_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate(receiver.received)) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(receiver.received);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`the receiver got ${receiver.received.length} requests, not what the test waited for`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  receiver.close = () =>
    new Promise<void>((resolve) => {
      for (const response of hanging) response.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return receiver;
}
