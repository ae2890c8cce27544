import { describe, expect, it } from 'vitest';
import { type StartServerOptions, startServer } from '../index.js';
import { uniqueEmail } from '../test-support/test-app.js';

/** Two joins from two visitors through a proxy on loopback, with one join per IP and minute allowed. */
async function twoVisitors(trustProxy: StartServerOptions['trustProxy']) {
  const server = await startServer({ port: 0, rateLimits: { joinsPerMinute: 1 }, trustProxy });
  try {
    const statuses: number[] = [];
    for (const visitor of ['203.0.113.7', '198.51.100.9']) {
      const answer = await fetch(`${server.url}/v1/participants`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${server.keys.publishableKey}`,
          'content-type': 'application/json',
          'x-forwarded-for': visitor,
        },
        body: JSON.stringify({ email: uniqueEmail('proxied') }),
      });
      statuses.push(answer.status);
    }
    return statuses;
  } finally {
    await server.close();
  }
}

describe('per-IP join limits behind a reverse proxy', { timeout: 60_000 }, () => {
  it('limits each visitor on their own when the proxy is trusted, by hops or by address', async () => {
    expect(await twoVisitors(1)).toEqual([201, 201]);
    expect(await twoVisitors(['127.0.0.0/8', '::1'])).toEqual([201, 201]);
  });

  it('limits the proxy as one client, ignoring X-Forwarded-For, when nothing is trusted', async () => {
    expect(await twoVisitors(false)).toEqual([201, 429]);
  });
});
